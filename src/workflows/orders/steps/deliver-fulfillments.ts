import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Line = { line_item_id: string; quantity: number }

/** A new fulfilment of these lines through the digital option, delivered at once. */
export type NewDigitalDelivery = {
  order_id: string
  location_id: string
  provider_id: string
  shipping_option_id: string
  items: (Line & { title: string; sku: string; barcode: string })[]
}

/** A digital fulfilment an interrupted run made but did not mark delivered. */
export type UnfinishedDelivery = { order_id: string; fulfillment_id: string; items: Line[] }

export type DeliverFulfillmentsInput = { create: NewDigitalDelivery[]; finish: UnfinishedDelivery[] }

export type DeliveredOrder = { order_id: string; fulfillment_id: string }

type Done = DeliveredOrder & { created: boolean; versions: number }

const PARALLEL_ORDERS = 4

/**
 * What Medusa's createOrderFulfillmentWorkflow and
 * markOrderFulfillmentAsDeliveredWorkflow do for one order, for many orders in
 * one step: the fulfilment (manual provider, nothing to ship), its link to the
 * order, and the order's fulfilled and delivered quantities. The import
 * delivers hundreds of orders, where a workflow per order costs its own
 * queries, locks and nested workflows. Undone in reverse if any order fails.
 */
export const deliverFulfillmentsStep = createStep(
  "deliver-digital-fulfillments",
  async (input: DeliverFulfillmentsInput, { container }) => {
    const fulfillments = container.resolve(Modules.FULFILLMENT)
    const orders = container.resolve(Modules.ORDER)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const done: Done[] = []
    const now = new Date()
    const lines = (items: Line[]) => items.map((i) => ({ id: i.line_item_id, quantity: i.quantity }))
    const deliverNew = async (d: NewDigitalDelivery) => {
      const f = await fulfillments.createFulfillment({
        location_id: d.location_id,
        provider_id: d.provider_id,
        shipping_option_id: d.shipping_option_id,
        requires_shipping: false,
        packed_at: now,
        delivered_at: now,
        delivery_address: {},
        items: d.items,
        labels: [],
        order: { id: d.order_id } as any,
      })
      const entry: Done = { order_id: d.order_id, fulfillment_id: f.id, created: true, versions: 0 }
      done.push(entry)
      await link.create({
        [Modules.ORDER]: { order_id: d.order_id },
        [Modules.FULFILLMENT]: { fulfillment_id: f.id },
      })
      const ref = { order_id: d.order_id, reference: Modules.FULFILLMENT, reference_id: f.id, items: lines(d.items) }
      await orders.registerFulfillment(ref)
      entry.versions++
      await orders.registerDelivery(ref)
      entry.versions++
    }
    const finishEarlier = async (d: UnfinishedDelivery) => {
      await fulfillments.updateFulfillment(d.fulfillment_id, { delivered_at: now })
      const entry: Done = { order_id: d.order_id, fulfillment_id: d.fulfillment_id, created: false, versions: 0 }
      done.push(entry)
      await orders.registerDelivery({ order_id: d.order_id, reference: Modules.FULFILLMENT, reference_id: d.fulfillment_id, items: lines(d.items) })
      entry.versions++
    }
    const work = [...input.create.map((d) => () => deliverNew(d)), ...input.finish.map((d) => () => finishEarlier(d))]
    try {
      // Orders are independent: a few at once keep the database busy while
      // Node waits on it. All of a round settle before any failure is undone.
      for (let i = 0; i < work.length; i += PARALLEL_ORDERS) {
        const settled = await Promise.allSettled(work.slice(i, i + PARALLEL_ORDERS).map((run) => run()))
        const failed = settled.find((r): r is PromiseRejectedResult => r.status === "rejected")
        if (failed) throw failed.reason
      }
    } catch (e) {
      await undo(container, done)
      throw e
    }
    const delivered: DeliveredOrder[] = done.map(({ order_id, fulfillment_id }) => ({ order_id, fulfillment_id }))
    return new StepResponse(delivered, done)
  },
  async (done, { container }) => {
    if (done?.length) await undo(container, done)
  }
)

async function undo(container: MedusaContainer, done: Done[]) {
  const fulfillments = container.resolve(Modules.FULFILLMENT)
  const orders = container.resolve(Modules.ORDER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  for (const d of [...done].reverse()) {
    for (let v = 0; v < d.versions; v++) await orders.revertLastVersion(d.order_id)
    if (d.created) {
      await link.dismiss({ [Modules.ORDER]: { order_id: d.order_id }, [Modules.FULFILLMENT]: { fulfillment_id: d.fulfillment_id } })
      // Medusa deletes only canceled fulfilments, and cancels only undelivered ones.
      await fulfillments.updateFulfillment(d.fulfillment_id, { delivered_at: null })
      await fulfillments.cancelFulfillment(d.fulfillment_id)
      await fulfillments.deleteFulfillment(d.fulfillment_id)
    } else {
      await fulfillments.updateFulfillment(d.fulfillment_id, { delivered_at: null })
    }
  }
}
