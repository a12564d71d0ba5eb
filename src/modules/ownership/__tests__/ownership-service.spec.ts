import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { OWNERSHIP_MODULE } from ".."
import OwnershipModuleService, { type SaleLineInput } from "../service"

jest.setTimeout(60_000)

const sold = (line_item_id: string, over: Partial<SaleLineInput> = {}): SaleLineInput => ({
  order_id: "order_1",
  line_item_id,
  customer_id: "cus_1",
  kind: "track",
  track_id: `trk_${line_item_id}`,
  album_id: "alb_1",
  product_id: "prod_1",
  variant_id: `variant_${line_item_id}`,
  artist_id: "art_1",
  genre_id: "gen_1",
  media_type_id: "med_1",
  country_code: "br",
  support_rep_id: "emp_1",
  quantity: 1,
  amount: "0.99",
  currency_code: "usd",
  sold_at: new Date("2026-01-02T03:04:05Z"),
  ...over,
})
const grant = (line_item_id: string, track_id: string, customer_id = "cus_1") => ({
  customer_id,
  track_id,
  album_id: "alb_1",
  order_id: "order_1",
  line_item_id,
  granted_at: new Date("2026-01-02T03:04:05Z"),
})

moduleIntegrationTestRunner<OwnershipModuleService>({
  moduleName: OWNERSHIP_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "../migrations"),
  testSuite: ({ service }) => {
    it("records each grant and sold line once, however often and however concurrently it is asked", async () => {
      const input = { owned: [grant("li_1", "trk_a"), grant("li_1", "trk_b")], sales: [sold("li_1", { amount: "1.98" })] }
      const runs = await Promise.all([service.recordSales(input), service.recordSales(input), service.recordSales(input)])
      expect(runs.map((r) => r.owned_ids.length).sort()).toEqual([0, 0, 2])
      expect(runs.map((r) => r.sale_ids.length).sort()).toEqual([0, 0, 1])
      expect(await service.listOwnedTracks({})).toHaveLength(2)
      const [line] = await service.listSaleLines({})
      expect(Number(line.amount)).toBe(1.98)
      expect(line.status).toBe("sold")
    })

    it("lists owned tracks of a customer, without revoked ones, and reverses and restores lines", async () => {
      await service.recordSales({
        owned: [grant("li_1", "trk_a"), grant("li_2", "trk_b"), grant("li_3", "trk_c", "cus_2")],
        sales: [sold("li_1"), sold("li_2"), sold("li_3", { customer_id: "cus_2" })],
      })
      expect((await service.listOwnedTrackIds("cus_1")).sort()).toEqual(["trk_a", "trk_b"])
      expect(await service.listOwnedTrackIds("cus_1", ["trk_b", "trk_c"])).toEqual(["trk_b"])
      expect(await service.listOwnedTrackIds("cus_1", [])).toEqual([])

      const [l1] = await service.listSaleLines({ line_item_id: "li_1" })
      const previous = await service.applyReversals([
        { id: l1.id, line_item_id: "li_1", status: "refunded", reversed_amount: "0.99", reversed_at: new Date() },
      ])
      expect(await service.listOwnedTrackIds("cus_1")).toEqual(["trk_b"])
      expect(await service.summarizeOrders(["order_1"])).toEqual([{ order_id: "order_1", lines: 3, currency_code: "usd", gross: 2.97, net: 1.98 }])
      expect(await service.listTopSellers("variant_id", { limit: 10 })).toEqual([
        { id: "variant_li_2", units: 1, orders: 1 },
        { id: "variant_li_3", units: 1, orders: 1 },
      ])

      // Compensation puts the line back as it was, and its track with it.
      await service.applyReversals(previous)
      expect((await service.listOwnedTrackIds("cus_1")).sort()).toEqual(["trk_a", "trk_b"])
      expect((await service.summarizeOrders(["order_1"]))[0].net).toBe(2.97)
    })

    it("pages a library by album, most recently bought first", async () => {
      const at = (d: string) => new Date(d)
      await service.recordSales({
        owned: [
          { ...grant("li_1", "trk_a"), album_id: "alb_old", granted_at: at("2025-01-01") },
          { ...grant("li_2", "trk_b"), album_id: "alb_new", granted_at: at("2026-01-01") },
          { ...grant("li_3", "trk_c"), album_id: "alb_new", order_id: "order_2", granted_at: at("2026-02-01") },
        ],
        sales: [],
      })
      expect(await service.listLibraryAlbumIds("cus_1", { limit: 1, offset: 0 })).toEqual({ album_ids: ["alb_new"], count: 2 })
      expect(await service.listLibraryAlbumIds("cus_1", { limit: 1, offset: 5 })).toEqual({ album_ids: [], count: 2 })
      expect(await service.listLibraryAlbumIds("cus_2", { limit: 1, offset: 0 })).toEqual({ album_ids: [], count: 0 })
      const tracks = await service.listLibraryTracks("cus_1", ["alb_new"])
      expect(tracks.map((t) => [t.track_id, t.order_id]).sort()).toEqual([["trk_b", "order_1"], ["trk_c", "order_2"]])
    })
  },
})
