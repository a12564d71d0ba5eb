import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { InviteWorkflowEvents } from "@medusajs/framework/utils"
import { linkStaffLoginWorkflow } from "../workflows/staff/link-staff-login"

/**
 * An invite accepted for an employee's address (sent from the Employees
 * page, or from Medusa's settings) makes the new staff user that employee's
 * login. Only accepted invites: logins made any other way (the Chinook
 * import links its own) are left to whoever made them.
 */
export default async function staffLoginLink({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await linkStaffLoginWorkflow(container).run({ input: { invite_id: data.id } })
}

export const config: SubscriberConfig = {
  event: InviteWorkflowEvents.ACCEPTED,
}
