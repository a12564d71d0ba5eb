import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { OWNERSHIP_MODULE } from ".."
import OwnershipModuleService, { SALES_GROUPINGS, type SaleLineInput, type SalesGrouping } from "../service"
import { cutRange } from "../ledger/sales-report"

jest.setTimeout(60_000)

let n = 0
const line = (over: Partial<SaleLineInput>): SaleLineInput => ({
  order_id: "order_1",
  line_item_id: `li_${++n}`,
  customer_id: "cus_1",
  kind: "track",
  track_id: `trk_${n}`,
  album_id: "alb_1",
  product_id: "prod_1",
  variant_id: `variant_${n}`,
  artist_id: "art_1",
  genre_id: "gen_rock",
  media_type_id: "med_1",
  country_code: "br",
  support_rep_id: "emp_1",
  quantity: 1,
  amount: "0.99",
  currency_code: "usd",
  sold_at: new Date("2023-04-10T12:00:00Z"),
  ...over,
})

moduleIntegrationTestRunner<OwnershipModuleService>({
  moduleName: OWNERSHIP_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "../migrations"),
  testSuite: ({ service }) => {
    const report = (over: Partial<Parameters<OwnershipModuleService["reportSales"]>[0]> = {}) =>
      service.reportSales({ group_by: "genre", currency_code: "usd", limit: 100, ...over })

    it("sums what was kept per group, counts each order once per group and once in the totals", async () => {
      const sales = [
        // Order 1: two rock tracks and a jazz one.
        line({ order_id: "o1", genre_id: "gen_rock", amount: "0.99" }),
        line({ order_id: "o1", genre_id: "gen_rock", amount: "1.99" }),
        line({ order_id: "o1", genre_id: "gen_jazz", amount: "0.99" }),
        // Order 2: a whole album (two units of one line), partly refunded.
        line({ order_id: "o2", kind: "album", track_id: null, genre_id: "gen_jazz", quantity: 2, amount: "17.98" }),
        // Order 3: canceled, and order 4 refunded in full: out of every figure.
        line({ order_id: "o3", genre_id: "gen_rock", amount: "5.00" }),
        line({ order_id: "o4", genre_id: "gen_pop", amount: "0.99" }),
        // A line whose genre is unknown still counts, under a null key.
        line({ order_id: "o5", genre_id: null, amount: "0.99" }),
      ]
      await service.recordSales({ owned: [], sales })
      const states = await service.listSaleLineStates(["o2", "o3", "o4"])
      const idOf = (order: string) => states.find((s) => s.order_id === order)!
      await service.applyReversals([
        { ...idOf("o2"), status: "sold", reversed_amount: "5.00", reversed_at: new Date() },
        { ...idOf("o3"), status: "canceled", reversed_amount: "5.00", reversed_at: new Date() },
        { ...idOf("o4"), status: "refunded", reversed_amount: "0.99", reversed_at: new Date() },
      ])

      const genres = await report()
      expect(genres.rows).toEqual([
        { key: "gen_jazz", revenue: "13.97", units: 3, orders: 2 },
        { key: "gen_rock", revenue: "2.98", units: 2, orders: 1 },
        { key: null, revenue: "0.99", units: 1, orders: 1 },
      ])
      expect(genres.count).toBe(3)
      expect(genres.totals).toEqual({ revenue: "17.94", units: 6, orders: 3 })

      // Whole-album lines have no track: the track report shows them under null.
      const tracks = await report({ group_by: "track" })
      expect(tracks.rows.find((r) => r.key === null)).toEqual({ key: null, revenue: "12.98", units: 2, orders: 1 })
      expect(tracks.totals).toEqual(genres.totals)

      // A page of groups, with the count and totals of all of them.
      const page = await report({ limit: 1, offset: 1 })
      expect(page.rows).toEqual([genres.rows[1]])
      expect(page.count).toBe(3)
      expect(page.totals).toEqual(genres.totals)

      // Another currency is another ledger.
      expect(await report({ currency_code: "EUR" })).toEqual({ rows: [], count: 0, totals: { revenue: "0.00", units: 0, orders: 0 } })
    })

    it("puts sales in UTC calendar months and years, in order, within [from, to)", async () => {
      await service.recordSales({
        owned: [],
        sales: [
          line({ order_id: "a", sold_at: new Date("2022-12-31T23:59:59Z"), amount: "1.00" }),
          // 23:30 on 31 March in Brazil is already April in UTC.
          line({ order_id: "b", sold_at: new Date("2023-03-31T23:30:00-03:00"), amount: "2.00" }),
          line({ order_id: "c", sold_at: new Date("2023-03-01T00:00:00Z"), amount: "4.00" }),
          line({ order_id: "d", sold_at: new Date("2023-05-01T00:00:00Z"), amount: "8.00" }),
        ],
      })
      const months = await report({ group_by: "month" })
      expect(months.rows.map((r) => [r.key, r.revenue])).toEqual([
        ["2022-12", "1.00"],
        ["2023-03", "4.00"],
        ["2023-04", "2.00"],
        ["2023-05", "8.00"],
      ])
      const years = await report({ group_by: "year" })
      expect(years.rows.map((r) => [r.key, r.revenue, r.orders])).toEqual([
        ["2022", "1.00", 1],
        ["2023", "14.00", 3],
      ])
      // from is inclusive, to exclusive.
      const spring = await report({ group_by: "month", from: new Date("2023-03-01T00:00:00Z"), to: new Date("2023-05-01T00:00:00Z") })
      expect(spring.rows.map((r) => r.key)).toEqual(["2023-03", "2023-04"])
      expect(spring.totals).toEqual({ revenue: "6.00", units: 2, orders: 2 })
    })
    it("cuts a range into whole years, quarters and months and the days at either end", () => {
      const t = (iso: string) => Date.parse(iso)
      const iso = (spans: [number, number][]) => spans.map(([a, b]) => [a, b].map((x) => (Number.isFinite(x) ? new Date(x).toISOString().slice(0, 10) : String(x))))
      const cut = (from: number, to: number, periods?: ("year" | "quarter" | "month")[]) => {
        const p = cutRange(from, to, periods)
        return { years: iso(p.years), quarters: iso(p.quarters), months: iso(p.months), lines: iso(p.lines) }
      }
      expect(cut(t("2021-01-15"), t("2025-12-15"))).toEqual({
        years: [["2022-01-01", "2025-01-01"]],
        quarters: [["2021-04-01", "2022-01-01"], ["2025-01-01", "2025-10-01"]],
        months: [["2021-02-01", "2021-04-01"], ["2025-10-01", "2025-12-01"]],
        lines: [["2021-01-15", "2021-02-01"], ["2025-12-01", "2025-12-15"]],
      })
      expect(cut(t("2021-01-15"), t("2025-12-15"), ["month"])).toEqual({
        years: [],
        quarters: [],
        months: [["2021-02-01", "2025-12-01"]],
        lines: [["2021-01-15", "2021-02-01"], ["2025-12-01", "2025-12-15"]],
      })
      expect(cut(-Infinity, Infinity)).toEqual({ years: [["-Infinity", "Infinity"]], quarters: [], months: [], lines: [] })
      expect(cut(t("2023-03-01"), Infinity)).toEqual({
        years: [["2024-01-01", "Infinity"]],
        quarters: [["2023-04-01", "2024-01-01"]],
        months: [["2023-03-01", "2023-04-01"]],
        lines: [],
      })
      expect(cut(t("2023-02-10"), t("2023-05-20"))).toEqual({
        years: [],
        quarters: [],
        months: [["2023-03-01", "2023-05-01"]],
        lines: [["2023-02-10", "2023-03-01"], ["2023-05-01", "2023-05-20"]],
      })
      expect(cut(t("2023-03-05"), t("2023-03-20"))).toEqual({ years: [], quarters: [], months: [], lines: [["2023-03-05", "2023-03-20"]] })
      expect(cut(t("2023-03-05"), t("2023-03-05"))).toEqual({ years: [], quarters: [], months: [], lines: [] })
      // The pieces always tile the range exactly.
      let seed = 7
      const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
      for (let i = 0; i < 500; i++) {
        const a = t("2020-06-01") + Math.floor(rand() * 2500) * 86_400_000
        const b = a + Math.floor(rand() * 2000) * 86_400_000
        const p = cutRange(a, b)
        const spans = [...p.years, ...p.quarters, ...p.months, ...p.lines].sort((x, y) => x[0] - y[0])
        let at = a
        for (const [x, y] of spans) {
          expect([x, y > x]).toEqual([at, true])
          at = y
        }
        expect(at).toBe(a < b ? b : a)
      }
    })

    it("stays exact when orders of one month are recorded and reversed at the same time, some twice", async () => {
      const at = new Date("2024-02-10T10:00:00Z")
      const batches = Array.from({ length: 6 }, (_, b) =>
        Array.from({ length: 5 }, (_, o) => [line({ order_id: `c${b}_${o}`, sold_at: at, genre_id: "gen_a" }), line({ order_id: `c${b}_${o}`, sold_at: at, genre_id: "gen_b" })]).flat()
      )
      // Each batch twice, all at once: every month's total row is shared by all of them.
      await Promise.all([...batches, ...batches].map((sales) => service.recordSales({ owned: [], sales })))
      const states = await service.listSaleLineStates(batches.flat().map((s) => s.order_id))
      await Promise.all(
        states.filter((_, i) => i % 3 === 0).map((s) => service.applyReversals([{ ...s, status: "refunded", reversed_amount: s.amount, reversed_at: new Date() }]))
      )
      expect(await service.listSalesRollupDrift()).toEqual([])
      const month = await report({ group_by: "month" })
      expect(month.totals.orders).toBe(30)
      expect(month.totals.units).toBe(60 - Math.ceil(60 / 3))
    })

    it("keeps its monthly and yearly sums equal to the ledger through sales, refunds, cancellations and removals, and reports any range as the lines say", async () => {
      // A seeded generator: the same history every run.
      let seed = 42
      const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
      const pick = <T,>(xs: T[]) => xs[Math.floor(rand() * xs.length)]
      const day = 24 * 60 * 60 * 1000
      const start = Date.parse("2021-11-01T00:00:00Z")
      const sales: SaleLineInput[] = []
      for (let o = 0; o < 120; o++) {
        const at = new Date(start + Math.floor(rand() * 800 * day) + Math.floor(rand() * day))
        const lines = 1 + Math.floor(rand() * 4)
        for (let l = 0; l < lines; l++) {
          sales.push(
            line({
              order_id: `ord_${o}`,
              sold_at: at,
              country_code: pick(["br", "us", null]),
              genre_id: pick(["gen_rock", "gen_jazz", "gen_pop", null]),
              artist_id: pick(["art_1", "art_2", "art_3"]),
              track_id: rand() < 0.1 ? null : pick(["trk_a", "trk_b", "trk_c", "trk_d"]),
              support_rep_id: pick(["emp_1", "emp_2", null]),
              currency_code: rand() < 0.1 ? "eur" : "usd",
              quantity: rand() < 0.2 ? 2 : 1,
              amount: pick(["0.99", "1.99", "9.99"]),
            })
          )
        }
      }
      // Recorded in batches, some twice (an event delivered again).
      for (let i = 0; i < sales.length; i += 37) await service.recordSales({ owned: [], sales: sales.slice(i, i + 37) })
      await service.recordSales({ owned: [], sales: sales.slice(0, 50) })
      // Partial refunds, full refunds, cancellations and a restore.
      const states = await service.listSaleLineStates([...new Set(sales.map((s) => s.order_id))])
      const updates = states.filter(() => rand() < 0.25).map((s) => {
        const r = rand()
        return r < 0.4
          ? { ...s, status: "sold" as const, reversed_amount: "0.50", reversed_at: new Date() }
          : { ...s, status: (r < 0.7 ? "refunded" : "canceled") as "refunded" | "canceled", reversed_amount: s.amount, reversed_at: new Date() }
      })
      await service.applyReversals(updates)
      await service.applyReversals(updates.slice(0, 5).map((u) => ({ ...u, status: "sold", reversed_amount: "0", reversed_at: null })))
      // A workflow undoing what it recorded.
      const removed = await service.listSaleLines({ order_id: ["ord_3", "ord_4"] }, { select: ["id"] })
      await service.removeRecorded({ owned_ids: [], sale_ids: removed.map((r) => r.id) })

      expect(await service.listSalesRollupDrift()).toEqual([])

      // Every grouping over assorted ranges, against sums of the lines themselves.
      const lines = await service.listSaleLines({}, { take: null })
      const expected = (group_by: SalesGrouping, currency: string, from: number, to: number) => {
        const groups = new Map<string | null, { cents: number; units: number; orders: Set<string> }>()
        const total = { cents: 0, units: 0, orders: new Set<string>() }
        for (const l of lines as any[]) {
          const t = new Date(l.sold_at).getTime()
          if (l.status !== "sold" || l.currency_code !== currency || t < from || t >= to) continue
          const iso = new Date(t).toISOString()
          const key =
            group_by === "month" ? iso.slice(0, 7) : group_by === "year" ? iso.slice(0, 4) : (l[{ country: "country_code", support_rep: "support_rep_id" }[group_by as string] ?? `${group_by}_id`] ?? null)
          const g = groups.get(key) ?? { cents: 0, units: 0, orders: new Set<string>() }
          const cents = Math.round((Number(l.amount) - Number(l.reversed_amount)) * 100)
          for (const f of [g, total]) {
            f.cents += cents
            f.units += l.quantity
            f.orders.add(l.order_id)
          }
          groups.set(key, g)
        }
        const fig = (f: { cents: number; units: number; orders: Set<string> }) => ({ revenue: (f.cents / 100).toFixed(2), units: f.units, orders: f.orders.size })
        return {
          rows: [...groups].map(([key, f]) => ({ key, ...fig(f) })).sort((a, b) => String(a.key).localeCompare(String(b.key))),
          totals: fig(total),
        }
      }
      const ranges: [string | null, string | null][] = [
        [null, null],
        ["2022-01-01T00:00:00Z", "2023-01-01T00:00:00Z"],
        ["2021-12-17T00:00:00Z", "2023-11-03T00:00:00Z"],
        ["2022-03-05T13:00:00Z", "2022-03-29T08:00:00Z"],
        ["2023-02-01T00:00:00Z", null],
        [null, "2022-06-15T00:00:00Z"],
      ]
      for (const group_by of SALES_GROUPINGS) {
        for (const currency of ["usd", "eur"]) {
          for (const [a, b] of ranges) {
            const from = a ? new Date(a) : null
            const to = b ? new Date(b) : null
            const got = await report({ group_by, currency_code: currency, from, to, limit: 1000 })
            const want = expected(group_by, currency, from?.getTime() ?? -Infinity, to?.getTime() ?? Infinity)
            const label = `${group_by} ${currency} ${a}..${b}`
            expect([label, [...got.rows].sort((x, y) => String(x.key).localeCompare(String(y.key)))]).toEqual([label, want.rows])
            expect([label, got.totals]).toEqual([label, want.totals])
            expect(got.count).toBe(want.rows.length)
          }
        }
      }

      // And a rebuild from the ledger finds the same sums.
      const before = await service.listSaleRollups({}, { take: null, order: { id: "ASC" } })
      await service.rebuildSalesRollup()
      const rebuilt = await service.listSaleRollups({}, { take: null })
      const comparable = (rows: any[]) =>
        rows.map((r) => [r.period, new Date(r.starts_on).toISOString(), r.currency_code, r.dimension, r.group_key, Number(r.revenue), r.units, r.orders].join("|")).sort()
      expect(comparable(rebuilt)).toEqual(comparable(before))
      expect(before.length).toBeGreaterThan(100)
    })
  },
})
