import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { UserWorkflowEvents } from "@medusajs/framework/utils"
import { linkStaffLoginWorkflow } from "../workflows/staff/link-staff-login"

/**
 * A staff user made for an employee's address (an invite from the Employees
 * page, accepted) becomes that employee's login. Linking is an upsert, so a
 * login the import links itself is unaffected.
 */
export default async function staffLoginLink({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await linkStaffLoginWorkflow(container).run({ input: { user_id: data.id } })
}

export const config: SubscriberConfig = {
  event: UserWorkflowEvents.CREATED,
}
