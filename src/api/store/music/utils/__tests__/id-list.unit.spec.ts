import { idList, idListParam } from "../id-list"

describe("idList", () => {
  it("takes one id, repeated ids or comma-separated ids, trimmed and without duplicates", () => {
    expect(idList("gen_1")).toEqual(["gen_1"])
    expect(idList(["gen_1", "gen_2"])).toEqual(["gen_1", "gen_2"])
    expect(idList("gen_1, gen_2,,gen_1")).toEqual(["gen_1", "gen_2"])
    expect(idList(["gen_2,gen_1", " gen_3 "])).toEqual(["gen_2", "gen_1", "gen_3"])
    expect(idList(undefined)).toEqual([])
  })
})

describe("idListParam", () => {
  const schema = idListParam("genre_id", 3)

  it("gives a list of ids, or nothing when absent", () => {
    expect(schema.parse("a,b")).toEqual(["a", "b"])
    expect(schema.parse(undefined)).toBeUndefined()
  })

  it("refuses what is not an id, and too many, naming the field", () => {
    for (const bad of [{ a: "b" }, ["a", { b: "c" }], "x".repeat(101), "a\u0000b"]) {
      const result = schema.safeParse(bad)
      expect(result.success).toBe(false)
      expect(result.error!.issues[0].message).toMatch(/^genre_id: /)
    }
    expect(schema.safeParse("a,b,c,d").error!.issues[0].message).toBe("genre_id: at most 3 ids")
  })
})
