import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createInvitesWorkflow, createRemoteLinkStep, refreshInviteTokensWorkflow } from "@medusajs/medusa/core-flows"
import { STAFF_MODULE } from "../../modules/staff"
import { checkEmployeeInviteStep } from "./steps/check-employee-invite"

/**
 * Gives an employee a staff login through Medusa's own invite flow: an
 * invite for their address (or the pending one, with a fresh token), which
 * Medusa announces with `invite.created` / `invite.resent`; our subscriber
 * mails the admin's accept link. When they accept, `user.created` links the
 * new user to the employee by address (src/subscribers/staff-login-link.ts).
 * A staff user who already has the address is simply linked.
 */
export const inviteEmployeeWorkflow = createWorkflow("invite-employee", (input: { employee_id: string }) => {
  const plan = checkEmployeeInviteStep(input)

  const linked = when("invite-links-existing-user", { plan }, ({ plan }) => !!plan.existing_user_id).then(() => {
    createRemoteLinkStep(
      transform({ plan }, ({ plan }) => [
        { [STAFF_MODULE]: { employee_id: plan.employee_id }, [Modules.USER]: { user_id: plan.existing_user_id } },
      ])
    )
    return true
  })
  const resent = when("invite-resends", { plan }, ({ plan }) => !plan.existing_user_id && !!plan.existing_invite_id).then(() =>
    refreshInviteTokensWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ invite_ids: [plan.existing_invite_id!] })) })
  )
  const created = when("invite-creates", { plan }, ({ plan }) => !plan.existing_user_id && !plan.existing_invite_id).then(() =>
    createInvitesWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => ({ invites: [{ email: plan.email }] })) })
  )

  return new WorkflowResponse(
    transform({ plan, linked, resent, created }, ({ plan, linked, resent, created }) => {
      const invite = ((created ?? resent) as any[] | undefined)?.[0]
      return {
        action: linked ? ("linked" as const) : created ? ("invited" as const) : ("resent" as const),
        email: plan.email,
        user_id: plan.existing_user_id,
        invite: invite ? { id: invite.id, email: invite.email, expires_at: invite.expires_at } : null,
      }
    })
  )
})
