import { project, shape } from "../fields"

const card = shape(["id", "title", "artist.id", "artist.name", "price.amount"])
const check = (fields: string) => card.param.safeParse(fields)

describe("fields", () => {
  it("allows the shape's own fields, their relations and the +/- and * forms", () => {
    for (const ok of ["id,title", "+artist.name", "-title", "*artist", "artist.*", "artist", "price.amount"]) {
      expect(check(ok).success).toBe(true)
    }
  })

  it("refuses anything else, naming it", () => {
    for (const bad of ["*product.variants.order_items", "id,artist.albums", "+cart_items", "*price_set", "artist.name.x"]) {
      const res = check(bad)
      expect(res.success).toBe(false)
      expect(res.error!.issues[0].message).toContain(bad.split(",").pop()!.replace(/^[+*]/, "").replace(/^\*/, ""))
    }
  })

  it("projects objects and arrays onto the fields asked for", () => {
    const albums = [{ id: "a", title: "T", artist: { id: "r", name: "N" }, price: null }]
    expect(project(albums, ["id", "artist.name"])).toEqual([{ id: "a", artist: { name: "N" } }])
    expect(project(albums, ["title", "artist.*"])).toEqual([{ title: "T", artist: { id: "r", name: "N" } }])
    expect(project(albums, ["price.amount"])).toEqual([{ price: null }])
    expect(project(albums, undefined)).toBe(albums)
  })
})
