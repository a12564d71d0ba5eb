import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { supportRequestUrl } from "../../lib/email-links"
import { emailTemplateId } from "../../lib/email-templates"
import { addSupportReplyStep, type AddSupportReplyData } from "./steps/add-support-reply"

export type AddSupportReplyInput = AddSupportReplyData

/**
 * A message in a support request's thread. A staff reply is mailed to the
 * customer (through the Notification Module: SendGrid or the local
 * provider), with the reply and a link to the request in their account; the
 * email is the last step, so a reply that could not be mailed is undone and
 * staff see the error. One email per reply (idempotency key).
 */
export const addSupportReplyWorkflow = createWorkflow("add-support-reply", (input: AddSupportReplyInput) => {
  const added = addSupportReplyStep(input)

  // The customer is read for every reply (cheap); only staff replies are mailed.
  const customerId = transform({ added }, ({ added }) => added.request.customer_id)
  const { data: customers } = useQueryGraphStep({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name"],
    filters: { id: customerId },
  }).config({ name: "support-reply-customer" })
  const notifications = transform({ input, added, customers }, ({ input, added, customers }) => {
    const customer = customers[0] as any
    if (input.author_type !== "staff" || !customer?.email) return []
    const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
    return [
      {
        to: customer.email,
        channel: "email",
        template: emailTemplateId("support-reply"),
        trigger_type: "support.reply_created",
        resource_id: added.request.id,
        resource_type: "support_request",
        receiver_id: customer.id,
        idempotency_key: `support-reply:${added.reply.id}`,
        data: {
          customer_name: name || null,
          request_id: added.request.id,
          request_number: added.request.number,
          subject: added.request.subject,
          status: added.request.status,
          reply: { author_name: added.reply.author_name, body: added.reply.body, created_at: added.reply.created_at },
          url: supportRequestUrl(added.request.id),
        },
      },
    ]
  })
  when("support-reply-to-mail", { notifications }, ({ notifications }) => notifications.length > 0).then(() => {
    sendNotificationsStep(notifications)
  })

  return new WorkflowResponse(added)
})
