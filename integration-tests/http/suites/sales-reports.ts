import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import fs from "node:fs"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CHINOOK_COUNTRIES } from "../../../src/lib/countries"
import { ensureStaffLogin } from "../../../src/lib/staff-login"
import { ensureStoreSetup, type StoreSetup } from "../../../src/lib/store-setup"
import { importChinook } from "../../helpers/chinook"
import { registerCustomer } from "../../helpers/customer"
import { buyInStore } from "../../helpers/store-purchase"

type Chinook = {
  Genre: { GenreId: number; Name: string }[]
  MediaType: { MediaTypeId: number; Name: string }[]
  Artist: { ArtistId: number; Name: string }[]
  Album: { AlbumId: number; Title: string; ArtistId: number }[]
  Track: { TrackId: number; Name: string; AlbumId: number; GenreId: number; MediaTypeId: number }[]
  Employee: { EmployeeId: number; FirstName: string; LastName: string }[]
  Customer: { CustomerId: number; SupportRepId: number }[]
  Invoice: { InvoiceId: number; CustomerId: number; InvoiceDate: string; BillingCountry: string; Total: number }[]
  InvoiceLine: { InvoiceId: number; TrackId: number; UnitPrice: number; Quantity: number }[]
}

type Figures = { cents: number; units: number; orders: number }
const GROUPINGS = ["month", "year", "country", "genre", "artist", "album", "track", "media_type", "support_rep"] as const
type Grouping = (typeof GROUPINGS)[number]

const cents = (n: number) => Math.round(n * 100)

/** A small RFC 4180 reader, to check the export field by field. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ""
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ",") row.push(field), (field = "")
    else if (c === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++
    else field += c
  }
  if (field || row.length) row.push(field), rows.push(row)
  return rows
}

// Sales reports on the whole imported Chinook history, checked against
// figures worked out here from Chinook's own invoices.
export default function salesReportsSuite({ api, getContainer }: MedusaSuiteOptions) {
  let setup: StoreSetup
  let admin: { headers: Record<string, string> }
  let data: Chinook
  /** Our id of each Chinook record, per kind. */
  const ours: Record<"track" | "album" | "artist" | "genre" | "media_type" | "support_rep", Map<number, string>> = {
    track: new Map(),
    album: new Map(),
    artist: new Map(),
    genre: new Map(),
    media_type: new Map(),
    support_rep: new Map(),
  }
  const variantOf = new Map<number, string>()

  const report = async (qs: string) => (await api.get(`/admin/reports/sales?${qs}`, admin)).data
  const failure = async (qs: string, headers = admin) => {
    const err = await api.get(`/admin/reports/sales?${qs}`, headers).catch((e: any) => e)
    return { status: err.response?.status, message: String(err.response?.data?.message ?? "") }
  }
  /** Every group of a grouping, page after page. */
  async function allRows(group_by: Grouping, extra = "") {
    const rows: any[] = []
    let first: any
    for (let offset = 0; ; offset += 1000) {
      const page = await report(`group_by=${group_by}&limit=1000&offset=${offset}${extra}`)
      first ??= page
      rows.push(...page.rows)
      if (rows.length >= page.count) break
    }
    return { ...first, rows }
  }

  /**
   * Chinook's own figures per group, from the raw invoices: revenue in
   * cents, units and invoices; over time, by country and by support rep
   * from the invoices' totals and dates, the rest from their lines.
   */
  function chinookFigures(group_by: Grouping, invoiceOk: (i: Chinook["Invoice"][number]) => boolean = () => true) {
    const invoiceBy = new Map(data.Invoice.map((i) => [i.InvoiceId, i]))
    const trackBy = new Map(data.Track.map((t) => [t.TrackId, t]))
    const albumBy = new Map(data.Album.map((a) => [a.AlbumId, a]))
    const repOf = new Map(data.Customer.map((c) => [c.CustomerId, c.SupportRepId]))
    const out = new Map<string, Figures & { invoices: Set<number> }>()
    const add = (key: string, invoice: number, c: number, units: number) => {
      const f = out.get(key) ?? { cents: 0, units: 0, orders: 0, invoices: new Set<number>() }
      f.cents += c
      f.units += units
      f.invoices.add(invoice)
      f.orders = f.invoices.size
      out.set(key, f)
    }
    const byInvoice: Partial<Record<Grouping, (i: Chinook["Invoice"][number]) => string>> = {
      month: (i) => i.InvoiceDate.slice(0, 7),
      year: (i) => i.InvoiceDate.slice(0, 4),
      country: (i) => CHINOOK_COUNTRIES[i.BillingCountry],
      support_rep: (i) => ours.support_rep.get(repOf.get(i.CustomerId)!)!,
    }
    const byTrack: Partial<Record<Grouping, (t: Chinook["Track"][number]) => string>> = {
      genre: (t) => ours.genre.get(t.GenreId)!,
      media_type: (t) => ours.media_type.get(t.MediaTypeId)!,
      album: (t) => ours.album.get(t.AlbumId)!,
      artist: (t) => ours.artist.get(albumBy.get(t.AlbumId)!.ArtistId)!,
      track: (t) => ours.track.get(t.TrackId)!,
    }
    const unitsOf = new Map<number, number>()
    for (const l of data.InvoiceLine) unitsOf.set(l.InvoiceId, (unitsOf.get(l.InvoiceId) ?? 0) + l.Quantity)
    if (byInvoice[group_by]) {
      for (const i of data.Invoice) if (invoiceOk(i)) add(byInvoice[group_by]!(i), i.InvoiceId, cents(i.Total), unitsOf.get(i.InvoiceId) ?? 0)
    } else {
      for (const l of data.InvoiceLine) {
        if (!invoiceOk(invoiceBy.get(l.InvoiceId)!)) continue
        add(byTrack[group_by]!(trackBy.get(l.TrackId)!), l.InvoiceId, cents(l.UnitPrice * l.Quantity), l.Quantity)
      }
    }
    return new Map([...out].map(([k, f]) => [k, { cents: f.cents, units: f.units, orders: f.orders }]))
  }

  /** What Chinook calls each group, for the labels. */
  function chinookLabels(group_by: Grouping): Map<string, string> {
    const name = <T,>(rows: T[], id: (r: T) => number, label: (r: T) => string, map: Map<number, string>) =>
      new Map(rows.map((r) => [map.get(id(r))!, label(r).trim()]))
    switch (group_by) {
      case "genre":
        return name(data.Genre, (g) => g.GenreId, (g) => g.Name, ours.genre)
      case "media_type":
        return name(data.MediaType, (m) => m.MediaTypeId, (m) => m.Name, ours.media_type)
      case "artist":
        return name(data.Artist, (a) => a.ArtistId, (a) => a.Name, ours.artist)
      case "album":
        return name(data.Album, (a) => a.AlbumId, (a) => a.Title, ours.album)
      case "track":
        return name(data.Track, (t) => t.TrackId, (t) => t.Name, ours.track)
      case "support_rep":
        return name(data.Employee, (e) => e.EmployeeId, (e) => `${e.FirstName} ${e.LastName}`, ours.support_rep)
      default:
        return new Map()
    }
  }

  const asFigures = (rows: any[]) => new Map(rows.map((r) => [r.key, { cents: cents(r.revenue), units: r.units, orders: r.orders }]))
  const sorted = (m: Map<string, Figures>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))

  beforeAll(async () => {
    const container = getContainer()
    await importChinook(container)
    setup = await ensureStoreSetup(container)
    data = JSON.parse(fs.readFileSync(process.env.CHINOOK_DATA!, "utf8").replace(/^\uFEFF/, ""))
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ids = async (entity: string, into: Map<number, string>) => {
      const { data: rows } = await query.graph({ entity, fields: ["id", "chinook_id"] })
      for (const r of rows as any[]) if (r.chinook_id != null) into.set(r.chinook_id, r.id)
    }
    await Promise.all([
      ids("album", ours.album),
      ids("artist", ours.artist),
      ids("genre", ours.genre),
      ids("media_type", ours.media_type),
      ids("employee", ours.support_rep),
    ])
    const { data: tracks } = await query.graph({ entity: "track", fields: ["id", "chinook_id", "product_variant.id"] })
    for (const t of tracks as any[]) {
      ours.track.set(t.chinook_id, t.id)
      if (t.product_variant?.id) variantOf.set(t.chinook_id, t.product_variant.id)
    }
    await ensureStaffLogin(container, { email: "reports@example.com", password: "reports-pass-1" })
    const { data: login } = await api.post("/auth/user/emailpass", { email: "reports@example.com", password: "reports-pass-1" })
    admin = { headers: { authorization: `Bearer ${login.token}` } }
  })

  it("needs a staff login", async () => {
    expect((await failure("group_by=month", { headers: {} })).status).toBe(401)
    expect((await failure("group_by=month&format=csv", { headers: {} })).status).toBe(401)
    // A customer's login is not a staff login.
    const customer = await registerCustomer(api, setup.publishable_key, { email: "not-staff@example.com" })
    expect((await failure("group_by=month", { headers: { authorization: customer.headers.authorization } })).status).toBe(401)
  })

  it("answers bad parameters with a 400 naming the parameter", async () => {
    const cases: [string, string][] = [
      ["", "group_by"],
      ["group_by=week", "group_by"],
      ["group_by=month&group_by=year", "group_by"],
      ["group_by=month&from=2023-13-01", "from"],
      ["group_by=month&from=2023-02-30", "from"],
      ["group_by=month&from=yesterday", "from"],
      ["group_by=month&to=2023-4-1", "to"],
      ["group_by=month&from=2023-05-01&to=2023-04-30", "to"],
      ["group_by=month&limit=0", "limit"],
      ["group_by=month&limit=1001", "limit"],
      ["group_by=month&limit=ten", "limit"],
      ["group_by=month&offset=-1", "offset"],
      ["group_by=month&format=xlsx", "format"],
      ["group_by=month&currency_code=dollars", "currency_code"],
      ["group_by=month&since=2023-01-01", "since"],
      ["group_by=month&from=%00", "from"],
    ]
    for (const [qs, field] of cases) {
      const { status, message } = await failure(qs)
      expect([qs, status]).toEqual([qs, 400])
      expect([qs, message]).toEqual([qs, expect.stringContaining(field)])
    }
  })

  it("totals the imported history at 2328.60 and matches Chinook's own figures in every grouping, labels included", async () => {
    for (const group_by of GROUPINGS) {
      const got = await allRows(group_by)
      expect(got.currency_code).toBe("usd")
      expect(got.totals).toEqual({ revenue: 2328.6, units: 2240, orders: 412 })
      expect(got.count).toBe(got.rows.length)
      const expected = chinookFigures(group_by)
      expect([group_by, sorted(asFigures(got.rows))]).toEqual([group_by, sorted(expected)])

      // Over time in calendar order; the rest best first.
      const keys = got.rows.map((r: any) => r.key)
      if (group_by === "month" || group_by === "year") expect(keys).toEqual([...keys].sort())
      else expect(got.rows.map((r: any) => r.revenue)).toEqual(got.rows.map((r: any) => r.revenue).sort((a: number, b: number) => b - a))

      const labels = chinookLabels(group_by)
      for (const r of got.rows) {
        if (labels.size) expect([group_by, r.key, r.label]).toEqual([group_by, r.key, labels.get(r.key)])
        else if (group_by !== "country") expect(r.label).toBe(r.key)
      }
    }
  })

  it("gives revenue by support rep, by year and by country as Chinook's invoices do, by name", async () => {
    const best = (group_by: Grouping) =>
      [...chinookFigures(group_by)].sort((a, b) => b[1].cents - a[1].cents || (a[0] < b[0] ? -1 : 1))
    const repNames = chinookLabels("support_rep")
    const reps = await report("group_by=support_rep")
    expect(reps.rows.map((r: any) => [r.label, r.revenue, r.orders])).toEqual(
      best("support_rep").map(([k, f]) => [repNames.get(k), f.cents / 100, f.orders])
    )
    // Chinook's best-known answer, and the rep's title beside the name.
    expect(reps.rows[0]).toMatchObject({ label: "Jane Peacock", detail: "Sales Support Agent" })

    const years = await report("group_by=year")
    expect(years.rows.map((r: any) => [r.key, r.revenue])).toEqual(
      [...chinookFigures("year")].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, f]) => [k, f.cents / 100])
    )
    expect(years.rows.map((r: any) => r.key)).toEqual(["2021", "2022", "2023", "2024", "2025"])

    const countries = await report("group_by=country&limit=2")
    expect(countries.rows.map((r: any) => [r.key, r.revenue])).toEqual(best("country").slice(0, 2).map(([k, f]) => [k, f.cents / 100]))
    expect(countries.rows.map((r: any) => r.label)).toEqual(["United States", "Canada"])
    expect(countries.count).toBe(new Set(data.Invoice.map((i) => i.BillingCountry)).size)

    const tracks = await report("group_by=track&limit=1")
    expect(tracks.rows[0]).toMatchObject({ detail: expect.stringMatching(/^.+ — .+$/) })
  })

  it("reports a date range, from and to both included", async () => {
    const in2023 = (i: Chinook["Invoice"][number]) => i.InvoiceDate >= "2023-04-01" && i.InvoiceDate < "2023-07-01"
    for (const group_by of ["month", "genre", "support_rep"] as const) {
      const got = await allRows(group_by, "&from=2023-04-01&to=2023-06-30")
      expect(got).toMatchObject({ from: "2023-04-01", to: "2023-06-30" })
      expect([group_by, sorted(asFigures(got.rows))]).toEqual([group_by, sorted(chinookFigures(group_by, in2023))])
      const invoices = data.Invoice.filter(in2023)
      expect(got.totals).toEqual({
        revenue: invoices.reduce((s, i) => s + cents(i.Total), 0) / 100,
        units: data.InvoiceLine.filter((l) => invoices.some((i) => i.InvoiceId === l.InvoiceId)).reduce((s, l) => s + l.Quantity, 0),
        orders: invoices.length,
      })
    }
    // One day: that day's invoices, the last day of a range included.
    const day = data.Invoice[0].InvoiceDate.slice(0, 10)
    const sameDay = data.Invoice.filter((i) => i.InvoiceDate.startsWith(day))
    const one = await report(`group_by=year&from=${day}&to=${day}`)
    expect(one.totals.orders).toBe(sameDay.length)
    expect(one.totals.revenue).toBe(sameDay.reduce((s, i) => s + cents(i.Total), 0) / 100)
    // Nothing sold in a range: no rows, zero totals.
    expect(await report("group_by=genre&from=2030-01-01")).toMatchObject({ rows: [], count: 0, totals: { revenue: 0, units: 0, orders: 0 } })
  })

  it("pages through groups with limit and offset, the totals always those of all groups", async () => {
    const all = await allRows("artist")
    const page = await report("group_by=artist&limit=7&offset=7")
    expect(page.rows).toEqual(all.rows.slice(7, 14))
    expect(page).toMatchObject({ count: all.count, limit: 7, offset: 7, totals: all.totals })
  })

  it("downloads the same table as CSV, quoted properly", async () => {
    const json = await report("group_by=track&limit=1000&from=2021-01-01&to=2025-12-31")
    const res = await api.get("/admin/reports/sales?group_by=track&limit=1000&from=2021-01-01&to=2025-12-31&format=csv", {
      ...admin,
      // Bytes as sent: axios would take the byte order mark off text.
      responseType: "arraybuffer",
    })
    expect(res.headers["content-type"]).toMatch(/^text\/csv; charset=utf-8/)
    expect(res.headers["content-disposition"]).toBe('attachment; filename="sales-by-track-from-2021-01-01-to-2025-12-31.csv"')
    const text = Buffer.from(res.data).toString("utf8")
    expect(text.startsWith("\uFEFF")).toBe(true)
    const [header, ...rows] = parseCsv(text.slice(1))
    expect(header).toEqual(["key", "label", "detail", "revenue", "currency_code", "units", "orders"])
    expect(rows).toEqual(
      json.rows.map((r: any) => [r.key, r.label, r.detail ?? "", r.revenue.toFixed(2), "usd", String(r.units), String(r.orders)])
    )
    // Names with commas and quotes are among them, and survived the trip.
    expect(rows.some((r) => r[1].includes(","))).toBe(true)
    expect(rows.some((r) => r[1].includes('"'))).toBe(true)
  })

  it("shows a sale made in the store at once", async () => {
    const today = new Date().toISOString().slice(0, 10)
    const before = await report(`group_by=track&from=${today}&to=${today}`)
    const customer = await registerCustomer(api, setup.publishable_key, { email: "fresh-buyer@example.com" })
    const trackChinookId = 3 // "Fast As a Shark", Accept
    await buyInStore(api, setup, customer, [variantOf.get(trackChinookId)!], {
      billing_address: { first_name: "Rita", last_name: "Lee", address_1: "Rua Augusta 1", city: "São Paulo", country_code: "br", postal_code: "01305-000" },
    })
    // The ledger is written by the order.placed subscriber: give it a moment, no more.
    const started = Date.now()
    let after = before
    while (after.totals.orders === before.totals.orders && Date.now() - started < 10_000) {
      await new Promise((r) => setTimeout(r, 100))
      after = await report(`group_by=track&from=${today}&to=${today}`)
    }
    expect(after.totals).toEqual({ revenue: before.totals.revenue + 0.99, units: before.totals.units + 1, orders: before.totals.orders + 1 })
    expect(after.rows.find((r: any) => r.key === ours.track.get(trackChinookId))).toMatchObject({
      label: "Fast As a Shark",
      detail: "Accept — Restless and Wild",
      revenue: 0.99,
      units: 1,
      orders: 1,
    })
    // Its country is its billing address's; a store customer has no support rep.
    const countries = await report(`group_by=country&from=${today}&to=${today}`)
    expect(countries.rows).toContainEqual({ key: "br", label: "Brazil", revenue: 0.99, units: 1, orders: 1 })
    const reps = await report(`group_by=support_rep&from=${today}&to=${today}`)
    expect(reps.rows).toContainEqual({ key: null, label: "No support rep", revenue: 0.99, units: 1, orders: 1 })
    // And the whole history grew by that one sale.
    expect((await report("group_by=year")).totals).toEqual({ revenue: 2329.59, units: 2241, orders: 413 })
  })
}
