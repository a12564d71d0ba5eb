import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { STAFF_MODULE } from "../../modules/staff"
import { findEmployeeForInviteStep } from "./steps/find-employee-for-invite"

/** Links the staff user an accepted invite made to the employee with the same address. */
export const linkStaffLoginWorkflow = createWorkflow("link-staff-login", (input: { invite_id: string }) => {
  const match = findEmployeeForInviteStep(input)
  when("staff-login-matched", { match }, ({ match }) => !!match).then(() => {
    createRemoteLinkStep(
      transform({ match }, ({ match }) => [{ [STAFF_MODULE]: { employee_id: match!.employee_id }, [Modules.USER]: { user_id: match!.user_id } }])
    )
  })
  return new WorkflowResponse(match)
})
