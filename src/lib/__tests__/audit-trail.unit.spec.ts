import { changedFields, describeChanges, flatten, labelOf } from "../staff/audit-trail"

describe("audit trail summaries", () => {
  it("compares what the admin shows: prices by amount, linked records by id, lists and bookkeeping left out", () => {
    expect(
      flatten({
        title: "Acústico MTV",
        price: { amount: 9.99, currency_code: "usd" },
        artist: { id: "art_1", name: "Os Paralamas" },
        tracks: [{ id: "trk_1" }],
        updated_at: "2026-11-28T00:00:00Z",
        hire_date: new Date("2002-08-14T00:00:00Z"),
      })
    ).toEqual({ title: "Acústico MTV", price: 9.99, artist_id: "art_1", hire_date: "2002-08-14T00:00:00.000Z" })
  })

  it("lists only the fields both reads show that changed, and says them plainly", () => {
    const diff = changedFields(
      { title: "A", price: { amount: 0.99 }, published: true },
      { title: "A", price: { amount: 1.29 }, published: false, handle: "only-after" }
    )
    expect(diff).toEqual({ keys: ["price", "published"], before: { price: 0.99, published: true }, after: { price: 1.29, published: false } })
    expect(describeChanges(diff)).toBe("price: 0.99 → 1.29; published: true → false")
    expect(describeChanges(changedFields({ title: null }, { title: "x".repeat(80) }))).toMatch(/^title: none → "x{59}…"$/)
  })

  it("names a record by its person's name, title or name", () => {
    expect(labelOf({ first_name: "Jane", last_name: "Peacock", title: "Sales Support Agent" }, "emp_1")).toBe('"Jane Peacock"')
    expect(labelOf({ title: "Big Ones" }, "alb_1")).toBe('"Big Ones"')
    expect(labelOf({ name: "Rock" }, "gen_1")).toBe('"Rock"')
    expect(labelOf(null, "alb_9")).toBe("alb_9")
  })
})
