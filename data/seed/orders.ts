import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CHINOOK_COUNTRIES } from "../../src/lib/countries"
import { DIGITAL_DELIVERY } from "../../src/lib/digital-delivery"
import { SYSTEM_PAYMENT_PROVIDER, type StoreSetup } from "../../src/lib/store-setup"
import { createPaidOrdersWorkflow } from "../../src/workflows/orders/create-paid-orders"
import { payOrdersWorkflow } from "../../src/workflows/orders/pay-orders"
import { recordMissingOwnership } from "../../src/workflows/ownership/record-missing"
import { TRACK_LINE_FIELDS, trackLineItem } from "../../src/workflows/orders/utils/track-line-item"
import { chinookCustomers } from "./people"
import type { LeftAlone, Progress } from "./progress"
import { SeedError, type ChinookData } from "./source"

const ORDER_BATCH = 100

/**
 * Chinook's invoices become completed, paid orders of their customers: the
 * invoice date is the order date, the billing address is kept, and each line
 * is an item of the track's variant at the invoiced price. Orders are
 * matched by invoice id (order metadata `chinook_invoice_id`) and never
 * deleted: an order a stopped run created but did not pay for is paid now.
 */
export async function importOrders(container: MedusaContainer, data: ChinookData, setup: StoreSetup, progress: Progress) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  await progress.entity("orders", async (tick) => {
    const { data: existing } = await query.graph({ entity: "order", fields: ["id", "metadata", "payment_collections.id"] })
    const imported = existing.filter((o: any) => o.metadata?.chinook_invoice_id)
    const unpaid = imported.filter((o: any) => !o.payment_collections?.length).map((o: any) => o.id)
    if (unpaid.length) {
      await payOrdersWorkflow(container).run({ input: { order_ids: unpaid, provider_id: SYSTEM_PAYMENT_PROVIDER } })
    }
    // Ownership and the sales ledger, for orders an earlier run created.
    await recordMissingOwnership(container, imported.map((o: any) => o.id))
    const have = new Set(imported.map((o: any) => o.metadata.chinook_invoice_id))
    const todo = data.Invoice.filter((i) => !have.has(i.InvoiceId))
    const left_alone: LeftAlone[] = []
    const counts = () => ({
      created: todo.length - left_alone.length,
      updated: unpaid.length,
      unchanged: data.Invoice.length - todo.length - unpaid.length,
      left_alone,
    })
    if (!todo.length) {
      tick(data.Invoice.length, data.Invoice.length)
      return counts()
    }

    const customers = await chinookCustomers(container)
    const customerBy = new Map(customers.map((c: any) => [c.metadata?.chinook_id, c]))
    const { data: tracks } = await query.graph({
      entity: "track",
      fields: ["chinook_id", ...TRACK_LINE_FIELDS],
    })
    const trackBy = new Map(tracks.map((t: any) => [t.chinook_id, t]))
    const linesBy = new Map<number, ChinookData["InvoiceLine"]>()
    for (const l of data.InvoiceLine) {
      const list = linesBy.get(l.InvoiceId) ?? []
      list.push(l)
      linesBy.set(l.InvoiceId, list)
    }

    const orders = todo.flatMap((inv) => {
      const customer: any = customerBy.get(inv.CustomerId)
      if (!customer) {
        left_alone.push({ key: `${inv.InvoiceId}`, reason: `its customer ${inv.CustomerId} is not in the store` })
        return []
      }
      const country = CHINOOK_COUNTRIES[inv.BillingCountry]
      if (!country) {
        throw new SeedError(`Invoice ${inv.InvoiceId}: unknown billing country "${inv.BillingCountry}".`)
      }
      const lines = linesBy.get(inv.InvoiceId) ?? []
      const unsold = lines.find((l) => !(trackBy.get(l.TrackId) as any)?.product_variant)
      if (unsold) {
        left_alone.push({ key: `${inv.InvoiceId}`, reason: `track ${unsold.TrackId} of line ${unsold.InvoiceLineId} is not on sale (deleted by staff)` })
        return []
      }
      const items = lines.map((l) => {
        const t: any = trackBy.get(l.TrackId)
        return {
          ...trackLineItem(t, l.Quantity, l.UnitPrice),
          is_discountable: true,
          metadata: { chinook_invoice_line_id: l.InvoiceLineId },
        }
      })
      return [{
        region_id: setup.region_id,
        sales_channel_id: setup.sales_channel_id,
        customer_id: customer.id,
        email: customer.email,
        currency_code: "usd",
        status: "completed" as any,
        no_notification: true,
        created_at: new Date(`${String(inv.InvoiceDate).slice(0, 19)}Z`),
        billing_address: {
          first_name: customer.first_name,
          last_name: customer.last_name,
          address_1: inv.BillingAddress || null,
          city: inv.BillingCity || null,
          province: inv.BillingState || null,
          postal_code: inv.BillingPostalCode || null,
          country_code: country,
        },
        items,
        // Clients that read an order's shipping method (Medusa's starter) find the $0 digital one.
        shipping_methods: [{ name: DIGITAL_DELIVERY, amount: 0, shipping_option_id: setup.shipping_option_id }],
        metadata: { chinook_invoice_id: inv.InvoiceId },
      }]
    })

    for (let i = 0; i < orders.length; i += ORDER_BATCH) {
      const batch = orders.slice(i, i + ORDER_BATCH)
      const { result: created } = await createPaidOrdersWorkflow(container).run({
        input: { orders: batch as any, provider_id: SYSTEM_PAYMENT_PROVIDER },
      })
      await recordMissingOwnership(container, created.map((o) => o.id))
      tick(data.Invoice.length - orders.length + i + batch.length, data.Invoice.length)
    }
    return counts()
  })
}
