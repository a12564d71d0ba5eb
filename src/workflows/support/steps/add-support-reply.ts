import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

export type SupportStatus = "open" | "pending" | "resolved"

export type AddSupportReplyData = {
  request_id: string
  author_type: "staff" | "customer"
  author_id: string
  author_name: string | null
  body: string
  /** A customer's reply: the request must be theirs (else 404, as for an unknown id). */
  customer_id?: string
  /** A staff reply may set the status at once; it is `pending` (waiting for the customer) otherwise. */
  status?: SupportStatus
}

type Undo = { reply_id: string; request: { id: string; status: SupportStatus; last_message_at: Date } }

/**
 * Adds a message to the thread and moves the request on: a customer's
 * message reopens it (`open`, waiting for staff), a staff reply leaves it
 * `pending` unless staff chose a status. Undone by deleting the reply and
 * restoring the request's status and time.
 */
export const addSupportReplyStep = createStep(
  "add-support-reply",
  async (input: AddSupportReplyData, { container }) => {
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    const [request] = await staff.listSupportRequests(
      { id: input.request_id, ...(input.customer_id ? { customer_id: input.customer_id } : {}) },
      { select: ["id", "customer_id", "status", "last_message_at", "subject", "number"] }
    )
    if (!request) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Support request with id: ${input.request_id} was not found`)
    }
    const reply = await staff.createSupportReplies({
      request_id: request.id,
      author_type: input.author_type,
      author_id: input.author_id,
      author_name: input.author_name,
      body: input.body,
    })
    const status: SupportStatus = input.author_type === "customer" ? "open" : input.status ?? "pending"
    await staff.updateSupportRequests({ id: request.id, status, last_message_at: reply.created_at })
    const undo: Undo = {
      reply_id: reply.id,
      request: { id: request.id, status: request.status as SupportStatus, last_message_at: request.last_message_at as Date },
    }
    return new StepResponse(
      { reply, request: { id: request.id, number: request.number, subject: request.subject, customer_id: request.customer_id, status } },
      undo
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    await staff.deleteSupportReplies(undo.reply_id)
    await staff.updateSupportRequests(undo.request)
  }
)
