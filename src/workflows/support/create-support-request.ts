import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendSupportRequestEmailWorkflow } from "../emails/send-support-request-email"
import { checkSupportOrderStep } from "./steps/check-support-order"
import { createSupportRequestStep } from "./steps/create-support-request"
import { findSupportRepStep } from "./steps/find-support-rep"

export type CreateSupportRequestInput = {
  customer_id: string
  subject: string
  message: string
  order_id?: string | null
}

/**
 * A customer opens a support request: the order it names must be theirs,
 * and it is assigned to their support rep (unassigned when they have none),
 * who is mailed about it. The email is the last step, as for replies: a
 * request whose rep could not be told is undone and the customer sees the
 * error, rather than waiting on a request nobody knows about.
 */
export const createSupportRequestWorkflow = createWorkflow("create-support-request", (input: CreateSupportRequestInput) => {
  const orderId = checkSupportOrderStep({ customer_id: input.customer_id, order_id: input.order_id })
  const repId = findSupportRepStep({ customer_id: input.customer_id })
  const data = transform({ input, orderId, repId }, ({ input, orderId, repId }) => ({
    customer_id: input.customer_id,
    order_id: orderId,
    subject: input.subject,
    message: input.message,
    assignee_id: repId,
  }))
  const created = createSupportRequestStep(data)
  sendSupportRequestEmailWorkflow.runAsStep({ input: transform({ created }, ({ created }) => ({ id: created.id })) })
  return new WorkflowResponse(created)
})
