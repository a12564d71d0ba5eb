import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { adminSupportRequestUrl } from "../../lib/email-links"
import { emailTemplateId } from "../../lib/email-templates"

/**
 * Mails a new support request to the support rep it is assigned to (an
 * employee with an email), with the customer's message and a link to the
 * request in the admin's Support queue. A request nobody is assigned to
 * mails no one: it waits in the queue. One email per request and assignee
 * (idempotency key), so a repeated event mails once.
 */
export const sendSupportRequestEmailWorkflow = createWorkflow("send-support-request-email", (input: { id: string }) => {
  const { data: requests } = useQueryGraphStep({
    entity: "support_request",
    fields: ["id", "number", "subject", "message", "customer_id", "created_at", "order_id", "assignee.id", "assignee.email", "assignee.first_name", "assignee.last_name"],
    filters: { id: input.id },
  }).config({ name: "support-request-read" })
  const customerId = transform({ requests }, ({ requests }) => (requests[0] as any)?.customer_id ?? "")
  const { data: customers } = useQueryGraphStep({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name"],
    filters: { id: customerId },
  }).config({ name: "support-request-customer" })

  const notifications = transform({ requests, customers }, ({ requests, customers }) => {
    const request = requests[0] as any
    const rep = request?.assignee
    if (!request || !rep?.email) return []
    const customer = customers[0] as any
    return [
      {
        to: rep.email,
        channel: "email",
        template: emailTemplateId("support-request-assigned"),
        trigger_type: "support_request.created",
        resource_id: request.id,
        resource_type: "support_request",
        idempotency_key: `support-request-assigned:${request.id}:${rep.id}`,
        data: {
          rep_name: [rep.first_name, rep.last_name].filter(Boolean).join(" "),
          request_id: request.id,
          request_number: request.number,
          subject: request.subject,
          message: request.message,
          order_id: request.order_id ?? null,
          customer: customer
            ? { name: [customer.first_name, customer.last_name].filter(Boolean).join(" ") || null, email: customer.email }
            : null,
          url: adminSupportRequestUrl(request.id),
        },
      },
    ]
  })
  when("support-request-to-mail", { notifications }, ({ notifications }) => notifications.length > 0).then(() => {
    sendNotificationsStep(notifications)
  })
  return new WorkflowResponse(notifications)
})
