import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MUSIC_MODULE } from "../../../src/modules/music"
import type MusicModuleService from "../../../src/modules/music/service"
import { createAlbumsWorkflow } from "../../../src/workflows/music/create-albums"
import { createMusicTaxonomyWorkflow } from "../../../src/workflows/music/create-music-taxonomy"
import { failure, staffHeaders, storeSetup } from "../../helpers/catalogue-fixtures"
import { registerCustomer } from "../../helpers/customer"
import { recordPaidOrders } from "../../helpers/purchase"
import { buy } from "../../helpers/staff-side"

/*
 * The audit trail for changes made through Medusa's own admin routes (the
 * stock admin's product, price list and order pages): prices, publishing in
 * bulk, price lists, order cancellation with its refund, captures.
 */
export default function auditLogMedusaRoutesSuite({ api, getContainer }: MedusaSuiteOptions) {
  let admin: { headers: Record<string, string> }
  let staffId: string
  let ids: { album: string; product: string; variant: string; trackVariant: string; otherProduct: string }

  const music = (): MusicModuleService => getContainer().resolve(MUSIC_MODULE)
  const log = async (params = "") => (await api.get(`/admin/audit-log${params}`, admin)).data.audit_entries as any[]
  const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

  beforeAll(async () => {
    const container = getContainer()
    await storeSetup(container)
    admin = await staffHeaders(api, container, "ledger-keeper@example.com")
    const [user] = await container.resolve(Modules.USER).listUsers({ email: "ledger-keeper@example.com" })
    staffId = user.id

    const [artist] = await music().createArtists([{ name: "Gal Costa" }])
    const [genre] = await music().createGenres([{ name: "Tropicália" }])
    const [mpeg] = await music().createMediaTypes([{ name: "MPEG audio file" }])
    await createMusicTaxonomyWorkflow(container).run({
      input: { artists: [{ id: artist.id, name: artist.name, handle: "gal" }], genres: [{ id: genre.id, name: genre.name, handle: "tropicalia" }] },
    })
    const track = (name: string) => ({ name, milliseconds: 200_000, unit_price: 0.99, genre_id: genre.id, media_type_id: mpeg.id })
    const { result } = await createAlbumsWorkflow(container).run({
      input: {
        albums: [
          { title: "Fa-Tal", artist_id: artist.id, tracks: [track("Vapor Barato"), track("Dê um Rolê")] },
          { title: "Índia", artist_id: artist.id, tracks: [track("Índia")] },
        ],
      },
    })
    const albums = await music().listAlbums({ id: result.map((a: any) => a.id) }, { select: ["id", "product_id", "full_variant_id", "title"] })
    const fatal = albums.find((a) => a.title === "Fa-Tal")!
    const india = albums.find((a) => a.title === "Índia")!
    const [t] = await music().listTracks({ album_id: fatal.id }, { select: ["id", "variant_id"], take: 1 })
    ids = { album: fatal.id, product: fatal.product_id!, variant: fatal.full_variant_id!, trackVariant: t.variant_id!, otherProduct: india.product_id! }
  })

  it("records a variant's new price from Medusa's product page, per currency, with the staff member", async () => {
    const { data } = await query().graph({ entity: "variant", fields: ["prices.currency_code", "prices.amount"], filters: { id: ids.trackVariant } })
    const before = (data[0] as any).prices.find((p: any) => p.currency_code === "usd").amount
    await api.post(`/admin/products/${ids.product}/variants/${ids.trackVariant}`, { prices: [{ currency_code: "usd", amount: 1.49 }] }, admin)
    // Refused: nothing recorded.
    expect((await failure(api.post(`/admin/products/${ids.product}/variants/${ids.trackVariant}`, { prices: "cheap" }, admin))).status).toBe(400)

    const entries = await log("?entity=variant")
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      action: "price_change",
      entity_id: ids.trackVariant,
      actor_id: staffId,
      actor_email: "ledger-keeper@example.com",
      changes: { before: { price_usd: before }, after: { price_usd: 1.49 } },
    })
    expect(entries[0].summary).toContain(`price_usd: ${before} → 1.49`)
  })

  it("records each variant a batch changed, and each product a product batch published or unpublished, never the word 'batch' as a record", async () => {
    await api.post(`/admin/products/${ids.product}/variants/batch`, { update: [{ id: ids.variant, prices: [{ currency_code: "usd", amount: 7.99 }] }] }, admin)
    await api.post("/admin/products/batch", { update: [{ id: ids.product, status: "draft" }, { id: ids.otherProduct, status: "draft" }] }, admin)

    const variants = await log("?entity=variant&action=price_change")
    expect(variants.map((e) => e.entity_id)).toContain(ids.variant)
    expect(variants.find((e) => e.entity_id === ids.variant).changes.after).toEqual({ price_usd: 7.99 })

    const products = await log("?entity=product")
    expect(products.map((e) => [e.entity_id, e.action]).sort()).toEqual([[ids.product, "unpublish"], [ids.otherProduct, "unpublish"]].sort())
    expect((await log()).some((e) => e.entity_id === "batch")).toBe(false)

    // A variant created through the batch (its Format value added to the product first): recorded as created, with its price.
    const { data: found } = await query().graph({ entity: "product", fields: ["options.id", "options.title"], filters: { id: ids.product } })
    const format = (found[0] as any).options.find((o: any) => o.title === "Format")
    await api.post(`/admin/products/${ids.product}/options/batch`, { update: [{ product_option_id: format.id, add: [{ value: "Bonus take" }] }] }, admin)
    const { data: batch } = await api.post(
      `/admin/products/${ids.product}/variants/batch`,
      { create: [{ title: "Bonus take", options: { Format: "Bonus take" }, manage_inventory: false, prices: [{ currency_code: "usd", amount: 0.49 }] }] },
      admin
    )
    const created = await log("?entity=variant&action=create")
    expect(created).toHaveLength(1)
    expect(created[0]).toMatchObject({ entity_id: batch.created[0].id, actor_id: staffId, summary: 'Variant "Bonus take" created' })
    expect(created[0].changes.after).toMatchObject({ title: "Bonus take", price_usd: 0.49 })
  })

  it("records a price list's creation, its prices and its deletion", async () => {
    const { data } = await api.post(
      "/admin/price-lists",
      { title: "Black Friday", description: "Half price", status: "active", type: "sale", prices: [] },
      admin
    )
    const listId = data.price_list.id
    const added = await api.post(`/admin/price-lists/${listId}/prices/batch`, { create: [{ variant_id: ids.variant, currency_code: "usd", amount: 3.99 }] }, admin)
    const priceId = added.data.created[0].id
    await api.post(`/admin/price-lists/${listId}/prices/batch`, { update: [{ id: priceId, variant_id: ids.variant, currency_code: "usd", amount: 2.99 }] }, admin)
    await api.post(`/admin/price-lists/${listId}/prices/batch`, { delete: [priceId] }, admin)
    await api.delete(`/admin/price-lists/${listId}`, admin)

    const entries = (await log("?entity=price_list")).reverse()
    expect(entries.map((e) => e.action)).toEqual(["create", "price_change", "price_change", "price_change", "delete"])
    expect(entries[0].summary).toBe('Price list "Black Friday" created')
    expect(entries[1].summary).toBe('Price list "Black Friday": 1 price added')
    expect(entries[2].summary).toBe('Price list "Black Friday": 1 price changed (e.g. 3.99 USD → 2.99 USD)')
    expect(entries[2].changes).toEqual({ before: { [priceId]: "3.99 usd" }, after: { [priceId]: "2.99 usd" } })
    expect(entries[3].summary).toBe('Price list "Black Friday": 1 price removed')
    expect(entries[3].changes).toEqual({ before: { [priceId]: "2.99 usd" }, after: {} })
    expect(entries[4].summary).toBe('Price list "Black Friday" deleted')
    expect(entries.every((e) => e.actor_id === staffId)).toBe(true)
  })

  it("records variants deleted alone and in a batch, a product deleted in a batch, and a price list's edit, with what each was", async () => {
    const { data } = await query().graph({ entity: "variant", fields: ["id", "title"], filters: { product_id: ids.product } })
    const alone = (data as any[]).find((v) => v.id === ids.trackVariant)
    const other = (data as any[]).find((v) => v.id !== ids.trackVariant && v.id !== ids.variant)
    await api.delete(`/admin/products/${ids.product}/variants/${ids.trackVariant}`, admin)
    await api.post(`/admin/products/${ids.product}/variants/batch`, { delete: [other.id] }, admin)

    const deleted = (await log("?entity=variant")).reverse()
    expect(deleted.map((e) => [e.action, e.entity_id])).toEqual([["delete", ids.trackVariant], ["delete", other.id]])
    expect(deleted[0].summary).toBe(`Variant "${alone.title}" deleted`)
    expect(deleted[0].changes.before).toMatchObject({ title: alone.title, price_usd: 0.99 })
    expect(deleted[0].changes.after).toBeNull()
    expect(deleted[1].summary).toBe(`Variant "${other.title}" deleted`)

    // A product deleted through the product batch: one entry, saying what it was.
    await api.post("/admin/products/batch", { delete: [ids.otherProduct] }, admin)
    const [product] = await log("?entity=product")
    expect(product).toMatchObject({ action: "delete", entity_id: ids.otherProduct, actor_id: staffId, summary: 'Product "Índia" deleted' })
    expect(product.changes.before).toMatchObject({ title: "Índia", status: "published" })

    const { data: created } = await api.post("/admin/price-lists", { title: "Black Friday", description: "Half price", status: "active", type: "sale", prices: [] }, admin)
    await api.post(`/admin/price-lists/${created.price_list.id}`, { title: "Cyber Monday" }, admin)
    // Refused (not a list type): nothing recorded.
    expect((await failure(api.post(`/admin/price-lists/${created.price_list.id}`, { type: "clearance" }, admin))).status).toBe(400)
    const [edit, ...rest] = await log("?entity=price_list")
    expect(rest.map((e) => e.action)).toEqual(["create"])
    expect(edit).toMatchObject({
      action: "update",
      entity_id: created.price_list.id,
      actor_id: staffId,
      summary: 'Price list "Cyber Monday": title: "Black Friday" → "Cyber Monday"',
      changes: { before: { title: "Black Friday" }, after: { title: "Cyber Monday" } },
    })
  })

  it("records an order cancelled from Medusa's order page, with the amount it refunded", async () => {
    const container = getContainer()
    const { setup } = await storeSetup(container)
    // A paid (captured) order not yet delivered: Medusa refuses to cancel a
    // delivered one, and a store order is delivered at once. An imported
    // Chinook order waits for the import's batch delivery, so the
    // cancellation cannot race the delivery subscriber.
    const email = "regretful@example.com"
    const [customer] = await container.resolve(Modules.CUSTOMER).createCustomers([{ email }])
    const [paid] = await recordPaidOrders(container, setup, [
      {
        customer_id: customer.id,
        email,
        no_notification: true,
        metadata: { chinook_invoice_id: 9001 },
        items: [{ title: "Fa-Tal", product_id: ids.product, variant_id: ids.variant, quantity: 1, unit_price: 0.99, requires_shipping: false }],
      } as any,
    ])
    const orderId = paid.id as string
    const { data } = await query().graph({ entity: "order", fields: ["display_id"], filters: { id: orderId } })
    const res = await api.post(`/admin/orders/${orderId}/cancel`, {}, admin).catch((e: any) => e.response)
    expect([res.status, res.data?.message]).toEqual([200, undefined])

    const entries = await log("?entity=order&action=cancel")
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      entity_id: orderId,
      actor_id: staffId,
      summary: `Order #${(data[0] as any).display_id} canceled; 0.99 USD refunded`,
      changes: { before: { status: "pending", refunded: 0 }, after: { status: "canceled", refunded: 0.99 } },
    })
  })
  it("records a capture of a store order's payment, before and after; refused requests leave no entry", async () => {
    const container = getContainer()
    const { setup } = await storeSetup(container)
    // A real checkout with the system provider: the payment is authorized, not yet captured.
    const shopper = await registerCustomer(api, setup.publishable_key, { email: "pays-later@example.com" })
    const order = await buy(api, container, setup, shopper, [ids.trackVariant])
    const { data } = await query().graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order.id } })
    const paymentId = (data[0] as any).payment_collections[0].payments[0].id

    expect((await failure(api.post(`/admin/payments/${paymentId}/capture`, { amount: "all of it" }, admin))).status).toBe(400)
    expect((await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)).status).toBe(200)
    // The order was delivered at once (digital): Medusa refuses to cancel it.
    const refused = await failure(api.post(`/admin/orders/${order.id}/cancel`, {}, admin))
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(refused.status).toBeLessThan(500)

    expect(await log("?entity=order")).toEqual([])
    const entries = await log("?entity=payment")
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      action: "capture",
      entity_id: paymentId,
      actor_id: staffId,
      actor_email: "ledger-keeper@example.com",
      summary: `Captured 0.99 USD of payment ${paymentId} (0.99 USD authorized)`,
      changes: { before: { captured: 0 }, after: { captured: 0.99 } },
    })
  })

  it("records a confirmed order edit, a return requested then received, and an exchange, with what is left to settle", async () => {
    const container = getContainer()
    const { setup } = await storeSetup(container)
    // Real checkouts: buy() returns once digital delivery is done with the
    // order (an order change cannot start while it runs, and only
    // delivered items return).
    const order = async (email: string) => {
      const shopper = await registerCustomer(api, setup.publishable_key, { email })
      const { id } = await buy(api, container, setup, shopper, [ids.trackVariant])
      const { data } = await query().graph({ entity: "order", fields: ["display_id", "items.id", "payment_collections.payments.id"], filters: { id } })
      // Paid in full, as the store's orders are once captured.
      const order = data[0] as any
      await api.post(`/admin/payments/${order.payment_collections[0].payments[0].id}/capture`, {}, admin)
      return { id, ...order }
    }
    const reason = (e: any) => Promise.reject(new Error(`${e.config?.url}: ${e.response?.status} ${JSON.stringify(e.response?.data)}`))

    // An order edit adding the album: the customer owes the difference.
    const edited = await order("changing-mind@example.com")
    await api.post("/admin/order-edits", { order_id: edited.id }, admin).catch(reason)
    await api.post(`/admin/order-edits/${edited.id}/items`, { items: [{ variant_id: ids.variant, quantity: 1, unit_price: 7.99 }] }, admin).catch(reason)
    await api.post(`/admin/order-edits/${edited.id}/request`, {}, admin).catch(reason)
    await api.post(`/admin/order-edits/${edited.id}/confirm`, {}, admin).catch(reason)

    // A return of a delivered track: what is due back to the customer.
    const returned = await order("sending-back@example.com")
    const { data: ret } = await api.post("/admin/returns", { order_id: returned.id }, admin).catch(reason)
    await api.post(`/admin/returns/${ret.return.id}/request-items`, { items: [{ id: returned.items[0].id, quantity: 1 }] }, admin).catch(reason)
    await api.post(`/admin/returns/${ret.return.id}/request`, {}, admin).catch(reason)

    const entries = (await log("?entity=order")).reverse()
    expect(entries.map((e) => [e.action, e.entity_id])).toEqual([["order_edit", edited.id], ["return", returned.id]])
    expect(entries[0].summary).toBe(`Order #${edited.display_id}: edit confirmed; total 0.99 USD → 8.98 USD (7.99 USD to collect)`)
    expect(entries[0].changes).toEqual({ before: { total: 0.99 }, after: { total: 8.98 } })
    expect(entries.every((e) => e.actor_id === staffId)).toBe(true)
    expect(entries[1].summary).toBe(`Order #${returned.display_id}: return requested (1 item)`)
    expect(entries[1].changes.after).toEqual({ return_id: ret.return.id, items: 1, refund_amount: 0, pending_difference: 0 })

    // The track comes back: the customer is owed what they paid for it.
    await api.post(`/admin/returns/${ret.return.id}/receive`, {}, admin).catch(reason)
    await api.post(`/admin/returns/${ret.return.id}/receive-items`, { items: [{ id: returned.items[0].id, quantity: 1 }] }, admin).catch(reason)
    await api.post(`/admin/returns/${ret.return.id}/receive/confirm`, {}, admin).catch(reason)
    const [received] = await log("?entity=order&action=return")
    expect(received).toMatchObject({
      entity_id: returned.id,
      actor_id: staffId,
      summary: `Order #${returned.display_id}: return received (1 item); the customer is owed 0.99 USD`,
      changes: { before: null, after: { return_id: ret.return.id, items: 1, refund_amount: 0, pending_difference: -0.99 } },
    })

    // An exchange of the track for the whole album (two tracks' worth): the
    // album is owed until the returned track is received.
    const swapped = await order("swapping@example.com")
    const { data: ex } = await api.post("/admin/exchanges", { order_id: swapped.id }, admin).catch(reason)
    const exchangeId = ex.exchange.id
    await api.post(`/admin/exchanges/${exchangeId}/inbound/items`, { items: [{ id: swapped.items[0].id, quantity: 1 }] }, admin).catch(reason)
    await api.post(`/admin/exchanges/${exchangeId}/outbound/items`, { items: [{ variant_id: ids.variant, quantity: 1 }] }, admin).catch(reason)
    await api.post(`/admin/exchanges/${exchangeId}/request`, {}, admin).catch(reason)
    const exchanges = await log("?entity=order&action=exchange")
    expect(exchanges).toHaveLength(1)
    expect(exchanges[0]).toMatchObject({
      entity_id: swapped.id,
      actor_id: staffId,
      summary: `Order #${swapped.display_id}: exchange confirmed (1 item); 1.98 USD outstanding`,
      changes: { before: null, after: { exchange_id: exchangeId, items: 1, refund_amount: 0, pending_difference: 1.98 } },
    })
  })

  it("records a claim confirmed from Medusa's order page", async () => {
    const container = getContainer()
    const { setup } = await storeSetup(container)
    const shopper = await registerCustomer(api, setup.publishable_key, { email: "corrupt-file@example.com" })
    const { id } = await buy(api, container, setup, shopper, [ids.trackVariant])
    const { data } = await query().graph({ entity: "order", fields: ["display_id", "items.id"], filters: { id } })
    const order = data[0] as any
    const reason = (e: any) => Promise.reject(new Error(`${e.config?.url}: ${e.response?.status} ${JSON.stringify(e.response?.data)}`))

    const { data: created } = await api.post("/admin/claims", { order_id: id, type: "refund" }, admin).catch(reason)
    const claimId = created.claim.id
    await api.post(`/admin/claims/${claimId}/claim-items`, { items: [{ id: order.items[0].id, quantity: 1, reason: "production_failure" }] }, admin).catch(reason)
    // Refused (no such claim): nothing recorded.
    expect((await failure(api.post("/admin/claims/claim_nonexistent/request", {}, admin))).status).toBeGreaterThanOrEqual(400)
    await api.post(`/admin/claims/${claimId}/request`, {}, admin).catch(reason)

    const entries = await log("?entity=order")
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      action: "claim",
      entity_id: id,
      actor_id: staffId,
      // The payment is only authorized: the order's whole total is still to collect.
      summary: `Order #${order.display_id}: claim confirmed (1 item); 0.99 USD outstanding`,
      changes: { before: null, after: { claim_id: claimId, items: 1, refund_amount: 0, pending_difference: 0.99 } },
    })
  })
}
