import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { sendOrderConfirmationEmailWorkflow } from "../workflows/emails/send-order-confirmation-email"

/** Separate from the ownership subscriber: a failing email never holds back what the customer bought. */
export default async function orderConfirmationEmail({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderConfirmationEmailWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
}
