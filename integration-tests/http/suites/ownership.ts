import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OWNERSHIP_MODULE } from "../../../src/modules/ownership"
import type OwnershipModuleService from "../../../src/modules/ownership/service"
import { ensureStoreSetup, StoreSetup } from "../../../src/lib/store-setup"
import { grantOwnershipWorkflow } from "../../../src/workflows/ownership/grant-ownership"
import { OWNERSHIP_GRANTED_EVENT } from "../../../src/workflows/ownership/events"
import { checkLedgerDrift } from "../../../src/workflows/ownership/utils/ledger-drift"
import retryOwnership from "../../../src/jobs/retry-ownership"
import { createTestAlbums, type TestAlbum } from "../../helpers/catalogue"
import { registerCustomer } from "../../helpers/customer"
import { buy as buyThroughCart, cartWith, payWithSystemProvider, recordPaidOrders } from "../../helpers/purchase"
import { staffLogin } from "../../helpers/staff"
import { eventually } from "../../helpers/staff-side"

export default function ownershipSuite({ api, getContainer }: MedusaSuiteOptions) {
  let setup: StoreSetup
  let admin: { headers: Record<string, string> }
  // Three albums: A (0.99 + 1.99), B (three tracks), C (one track).
  let albums: TestAlbum[]

  const ownership = (): OwnershipModuleService => getContainer().resolve(OWNERSHIP_MODULE)
  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

  beforeAll(async () => {
    const container = getContainer()
    setup = await ensureStoreSetup(container)
    const track = (name: string, unit_price: number) => ({ name, composer: null, milliseconds: 180_000, bytes: 1000, unit_price })
    albums = await createTestAlbums(container, {
      artist: "Os Mutantes",
      genre: "Tropicália",
      albums: [
        { title: "Album A", tracks: [track("A1", 0.99), track("A2", 1.99)] },
        { title: "Album B", tracks: [track("B1", 0.99), track("B2", 0.99), track("B3", 0.99)] },
        { title: "Album C", tracks: [track("C1", 0.99)] },
      ],
    })
    admin = await staffLogin(api, container, { email: "staff@example.com", password: "staff-pass-1" })
  })

  async function buy(auth: any, variantIds: string[]) {
    const placed = await buyThroughCart(api, setup, auth, variantIds)
    const { data: [order] } = await query().graph({ entity: "order", fields: ["id", "display_id", "total", "customer_id"], filters: { id: placed.id } })
    return { ...(order as any), total: Number(order.total) } as { id: string; display_id: number; total: number; customer_id: string }
  }

  const library = async (auth: any, qs = "") => (await api.get(`/store/customers/me/library${qs}`, auth)).data
  const saleLines = (orderId: string) => ownership().listSaleLines({ order_id: orderId }, { order: { line_item_id: "ASC" } })
  const ownedRows = (orderId: string) => ownership().listOwnedTracks({ order_id: orderId })

  async function paymentOf(orderId: string) {
    const { data } = await query().graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: orderId } })
    return (data[0] as any).payment_collections[0].payments[0].id as string
  }

  /**
   * An order the import made and has not delivered yet (its delivery pass
   * comes after the orders): the one kind of music order staff can still
   * cancel, since Medusa refuses to cancel a delivered fulfilment. A
   * delivered order is taken back with a refund (below).
   */
  async function undeliveredOrder(customerId: string, email: string, variantId: string, album: { id: string; product_id: string }) {
    const [order] = await recordPaidOrders(getContainer(), setup, [
      {
        customer_id: customerId,
        email,
        no_notification: true,
        metadata: { chinook_invoice_id: 9001 },
        items: [{ title: "Full album", product_id: album.product_id, variant_id: variantId, variant_sku: album.id, quantity: 1, unit_price: 2.97, requires_shipping: false }],
      } as any,
    ])
    return order
  }

  it("grants a bought track and every track of a bought album, once, however often the order is recorded", async () => {
    const [A, B] = albums
    const auth = await registerCustomer(api, setup.publishable_key, { email: "ana@example.com" })
    const order = await buy(auth, [A.tracks[0].variant_id, B.full_variant_id])

    const lib = await eventually(async () => {
      const l = await library(auth)
      return l.count === 2 && l.albums.every((a: any) => a.tracks.length) && l
    }, "the library to list the purchase")
    const byId = Object.fromEntries(lib.albums.map((a: any) => [a.id, a]))
    expect(byId[A.id].tracks.map((t: any) => t.id)).toEqual([A.tracks[0].id])
    expect(byId[B.id].tracks.map((t: any) => t.id)).toEqual(B.tracks.map((t) => t.id))
    expect(byId[B.id]).toMatchObject({ title: "Album B", artist: { name: "Os Mutantes" }, owned_track_count: 3 })
    expect(byId[B.id].handle).toBeTruthy()
    expect(byId[B.id].tracks[0]).toMatchObject({ name: "B1", track_number: 1, milliseconds: 180_000, order: { id: order.id, display_id: order.display_id } })
    expect(new Date(byId[B.id].tracks[0].purchased_at).getTime()).toBeGreaterThan(Date.now() - 60_000)

    const lines = await eventually(async () => {
      const l = await saleLines(order.id)
      return l.length === 2 && l
    }, "ledger rows")
    expect(lines.map((l) => [l.kind, l.status, Number(l.amount)]).sort()).toEqual([["album", "sold", 2.97], ["track", "sold", 0.99]])
    expect(lines.every((l) => l.customer_id === order.customer_id && l.artist_id && l.genre_id && l.currency_code === "usd")).toBe(true)
    expect(lines.find((l) => l.kind === "track")).toMatchObject({ track_id: A.tracks[0].id, album_id: A.id, variant_id: A.tracks[0].variant_id, product_id: A.product_id })
    expect(lines.find((l) => l.kind === "album")).toMatchObject({ track_id: null, album_id: B.id, variant_id: B.full_variant_id, product_id: B.product_id })
    const owned = await ownedRows(order.id)
    expect(owned).toHaveLength(4)
    expect(await ownership().listOwnedTrackIds(order.customer_id, [A.tracks[0].id, A.tracks[1].id, B.tracks[2].id])).toEqual(
      expect.arrayContaining([A.tracks[0].id, B.tracks[2].id])
    )
    expect(await ownership().listOwnedTrackIds(order.customer_id, [A.tracks[1].id])).toEqual([])
    // What track lists mark "In your library": the owned tracks' variants, and the album owned whole.
    const { data: variants } = await api.get("/store/customers/me/library/variants", auth)
    expect([...variants.variant_ids].sort()).toEqual([A.tracks[0].variant_id, ...B.tracks.map((t) => t.variant_id), B.full_variant_id].sort())

    // Again: the workflow twice at once, then order.placed delivered twice at once.
    const runs = await Promise.all([0, 1].map(() => grantOwnershipWorkflow(getContainer()).run({ input: { order_ids: [order.id] } })))
    expect(runs.map((r) => [r.result.owned_created, r.result.sales_created])).toEqual([[0, 0], [0, 0]])
    const eventBus = getContainer().resolve(Modules.EVENT_BUS)
    let granted = 0
    const counter = async ({ data }: any) => {
      if (data?.order_id === order.id) granted++
    }
    eventBus.subscribe(OWNERSHIP_GRANTED_EVENT, counter, { subscriberId: "ownership-spec-counter" })
    await Promise.all([0, 1].map(() => eventBus.emit({ name: "order.placed", data: { id: order.id } })))
    await eventually(async () => granted >= 2, "both order.placed deliveries to be recorded")
    expect((await ownedRows(order.id)).map((o) => o.id).sort()).toEqual(owned.map((o) => o.id).sort())
    expect((await saleLines(order.id)).map((l) => l.id)).toEqual(lines.map((l) => l.id))
  })

  it("shows a library only to its owner", async () => {
    const [A] = albums
    const mine = await registerCustomer(api, setup.publishable_key, { email: "owner@example.com" })
    const order = await buy(mine, [A.tracks[1].variant_id])
    await eventually(async () => (await library(mine)).count === 1, "the owner's library")
    const other = await registerCustomer(api, setup.publishable_key, { email: "other@example.com" })
    expect(await library(other)).toEqual({ albums: [], count: 0, offset: 0, limit: 20 })
    await expect(api.get("/store/customers/me/library", { headers: { "x-publishable-api-key": setup.publishable_key } })).rejects.toMatchObject({
      response: { status: 401 },
    })
    expect(await ownership().listOwnedTrackIds(order.customer_id)).toEqual([A.tracks[1].id])

    // Paged and bounded; fields pick from the answer's shape only.
    const page = await library(mine, "?limit=1&offset=1")
    expect(page).toMatchObject({ albums: [], count: 1, limit: 1, offset: 1 })
    const slim = await library(mine, "?fields=id,tracks.order.display_id")
    expect(slim.albums).toEqual([{ id: A.id, tracks: [{ order: { display_id: order.display_id } }] }])
    for (const bad of ["?limit=500", "?offset=-1", "?fields=customer.email"]) {
      await expect(api.get(`/store/customers/me/library${bad}`, mine)).rejects.toMatchObject({ response: { status: 400 } })
    }
    expect((await api.get("/store/customers/me/library/variants", other)).data).toEqual({ variant_ids: [] })
    expect((await api.get("/store/customers/me/library/variants", mine)).data).toEqual({ variant_ids: [A.tracks[1].variant_id] })
    await expect(api.get("/store/customers/me/library/variants", { headers: { "x-publishable-api-key": setup.publishable_key } })).rejects.toMatchObject({
      response: { status: 401 },
    })
    await expect(api.get("/store/customers/me/library/variants?customer_id=x", mine)).rejects.toMatchObject({ response: { status: 400 } })
  })

  it("makes one order and one set of ownership rows from one cart completed twice at once", async () => {
    const [, , C] = albums
    const auth = await registerCustomer(api, setup.publishable_key, { email: "twice@example.com" })
    const { id: cartId } = await cartWith(api, setup, auth, [C.tracks[0].variant_id])
    await payWithSystemProvider(api, cartId, auth)
    const answers = await Promise.allSettled([0, 1].map(() => api.post(`/store/carts/${cartId}/complete`, {}, auth)))
    const orderIds = new Set(answers.flatMap((a) => (a.status === "fulfilled" && a.value.data.type === "order" ? [a.value.data.order.id] : [])))
    expect(orderIds.size).toBe(1)
    const [orderId] = [...orderIds]
    const { data: mine } = await api.get("/store/orders", auth)
    expect(mine.orders.map((o: any) => o.id)).toEqual([orderId])
    await eventually(async () => (await saleLines(orderId)).length === 1, "the ledger row")
    expect(await ownedRows(orderId)).toHaveLength(1)
    expect((await library(auth)).albums.map((a: any) => a.tracks.length)).toEqual([1])
  })

  it("takes back a canceled order and what a refund covers, keeping the ledger equal to Medusa's totals", async () => {
    const [A, B] = albums
    const auth = await registerCustomer(api, setup.publishable_key, { email: "refunds@example.com" })

    // Canceled by staff: everything is taken back.
    const { data: me } = await api.get("/store/customers/me", auth)
    const canceled = await undeliveredOrder(me.customer.id, "refunds@example.com", B.full_variant_id, B)
    await eventually(async () => (await ownedRows(canceled.id)).length === 3, "the album's grants")
    await api.post(`/admin/orders/${canceled.id}/cancel`, {}, admin)
    await eventually(async () => (await ownedRows(canceled.id)).every((o) => o.revoked_at), "the album's grants to be revoked")
    const canceledLines = await saleLines(canceled.id)
    expect(canceledLines.map((l) => [l.status, Number(l.reversed_amount)])).toEqual([["canceled", 2.97]])

    // A refund of one line's amount takes back that line only.
    const refunded = await buy(auth, [A.tracks[0].variant_id, A.tracks[1].variant_id])
    await eventually(async () => (await saleLines(refunded.id)).length === 2, "the order's ledger rows")
    const payment = await paymentOf(refunded.id)
    await api.post(`/admin/payments/${payment}/capture`, {}, admin)
    await api.post(`/admin/payments/${payment}/refund`, { amount: 0.99 }, admin)
    await eventually(async () => (await saleLines(refunded.id)).some((l) => l.status === "refunded"), "the refund to be recorded")
    const afterRefund = await saleLines(refunded.id)
    expect(afterRefund.map((l) => [l.track_id, l.status, Number(l.reversed_amount)]).sort()).toEqual(
      [[A.tracks[0].id, "refunded", 0.99], [A.tracks[1].id, "sold", 0]].sort()
    )
    const customerId = refunded.customer_id
    expect(await ownership().listOwnedTrackIds(customerId, A.tracks.map((t) => t.id))).toEqual([A.tracks[1].id])
    const lib = await library(auth)
    expect(lib.albums.map((a: any) => [a.id, a.tracks.map((t: any) => t.id)])).toEqual([[A.id, [A.tracks[1].id]]])

    // Medusa lowers the order's total by the refund; the ledger keeps what was paid.
    const partial = await checkLedgerDrift(getContainer())
    expect(partial.drifts).toEqual([])
    const { data: [afterPartial] } = await query().graph({ entity: "order", fields: ["total"], filters: { id: refunded.id } })
    expect(Number(afterPartial.total)).toBe(1.99)

    // The rest refunded: nothing of the order is owned any more.
    await api.post(`/admin/payments/${payment}/refund`, { amount: 1.99 }, admin)
    await eventually(async () => (await saleLines(refunded.id)).every((l) => l.status === "refunded"), "the second refund")
    expect(await ownership().listOwnedTrackIds(customerId)).toEqual([])
    expect((await library(auth)).count).toBe(0)

    // Staff see no order left unrecorded, and the ledger matches Medusa's order totals.
    const { data: pending } = await api.get("/admin/music/ownership/pending?days=1", admin)
    expect(pending.orders).toEqual([])
    await expect(api.get("/admin/music/ownership/pending")).rejects.toMatchObject({ response: { status: 401 } })
    const drift = await checkLedgerDrift(getContainer())
    expect(drift.drifts).toEqual([])
    expect(drift.orders_checked).toBeGreaterThanOrEqual(2)
    const { data: orders } = await query().graph({ entity: "order", fields: ["id", "total", "status"], filters: { id: [canceled.id, refunded.id] } })
    const medusa = orders.reduce((s: number, o: any) => s + (o.status === "canceled" ? 0 : Math.round(Number(o.total) * 100)), 0)
    expect(medusa).toBe(0)
    expect(drift.ledger_total).toBe(drift.medusa_total)
  })

  it("lists placed orders whose ownership was never recorded, until the workflow records them", async () => {
    const [, , C] = albums
    const auth = await registerCustomer(api, setup.publishable_key, { email: "lost@example.com" })
    const order = await buy(auth, [C.full_variant_id])
    await eventually(async () => (await saleLines(order.id)).length === 1, "the ledger row")
    // As if the event had been lost: the rows are gone.
    await ownership().removeRecorded({
      owned_ids: (await ownedRows(order.id)).map((o) => o.id),
      sale_ids: (await saleLines(order.id)).map((l) => l.id),
    })
    const { data } = await api.get("/admin/music/ownership/pending?days=1", admin)
    expect(data.orders.map((o: any) => [o.id, o.display_id])).toEqual([[order.id, order.display_id]])
    const drift = await checkLedgerDrift(getContainer())
    expect(drift.drifts.map((d) => [d.order_id, d.ledger, d.medusa])).toEqual([[order.id, 0, order.total]])

    process.env.OWNERSHIP_RETRY_SETTLE_SECONDS = "0"
    await retryOwnership(getContainer())
    delete process.env.OWNERSHIP_RETRY_SETTLE_SECONDS
    expect((await api.get("/admin/music/ownership/pending?days=1", admin)).data.orders).toEqual([])
    expect(await ownedRows(order.id)).toHaveLength(1)
    expect((await checkLedgerDrift(getContainer())).drifts).toEqual([])
  })
}
