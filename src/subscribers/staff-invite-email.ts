import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { InviteWorkflowEvents } from "@medusajs/framework/utils"
import { sendStaffInviteEmailWorkflow } from "../workflows/emails/send-staff-invite-email"

/** Medusa makes invites but mails nothing: the accept link goes out from here. */
export default async function staffInviteEmail({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await sendStaffInviteEmailWorkflow(container).run({ input: { id: data.id } })
}

export const config: SubscriberConfig = {
  event: [InviteWorkflowEvents.CREATED, InviteWorkflowEvents.RESENT],
}
