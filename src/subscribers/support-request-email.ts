import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendSupportRequestEmailWorkflow } from "../workflows/emails/send-support-request-email"
import { SUPPORT_REQUEST_CREATED } from "../workflows/support/events"

// Mailed after the request is stored, so a mail failure never loses the customer's request.
export default async function supportRequestEmail({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await sendSupportRequestEmailWorkflow(container).run({ input: { id: data.id } })
}

export const config: SubscriberConfig = { event: SUPPORT_REQUEST_CREATED }
