import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { OWNERSHIP_MODULE } from ".."
import OwnershipModuleService, { type SaleLineInput } from "../service"

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
  },
})
