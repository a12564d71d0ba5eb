import type { BigNumberInput } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type OrderPaymentInput = {
  order_id: string
  amount: BigNumberInput
  currency_code: string
  provider_id: string
}

/**
 * Records that orders were paid in full: for each, a payment collection with
 * a session that is authorized and captured through the payment provider,
 * exactly as a checkout leaves it. Used for purchases made before the store
 * ran on Medusa; the provider must need no customer action (the system one).
 */
const PARALLEL = 8

export const captureOrderPaymentsStep = createStep(
  "capture-order-payments",
  async (input: OrderPaymentInput[], { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const collections = await payment.createPaymentCollections(
      input.map((p) => ({ amount: p.amount, currency_code: p.currency_code }))
    )
    const ids = collections.map((c) => c.id)
    const pay = async (p: OrderPaymentInput, i: number) => {
      const session = await payment.createPaymentSession(collections[i].id, {
        provider_id: p.provider_id,
        amount: p.amount,
        currency_code: p.currency_code,
        data: {},
      })
      const authorized = await payment.authorizePaymentSession(session.id, {})
      if (!authorized) {
        throw new Error(`${p.provider_id} did not authorize the payment of order ${p.order_id}.`)
      }
      await payment.capturePayment({ payment_id: authorized.id, amount: p.amount })
    }
    try {
      // A few at a time: each payment is three short transactions.
      for (let i = 0; i < input.length; i += PARALLEL) {
        await Promise.all(input.slice(i, i + PARALLEL).map((p, j) => pay(p, i + j)))
      }
    } catch (e) {
      await payment.deletePaymentCollections(ids)
      throw e
    }
    return new StepResponse(
      collections.map((c, i) => ({ order_id: input[i].order_id, payment_collection_id: c.id })),
      ids
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await container.resolve(Modules.PAYMENT).deletePaymentCollections(ids)
  }
)
