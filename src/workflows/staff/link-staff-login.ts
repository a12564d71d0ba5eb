import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { STAFF_MODULE } from "../../modules/staff"
import { findEmployeeForUserStep } from "./steps/find-employee-for-user"

/** Links a new staff user to the employee with the same address (an accepted invite). */
export const linkStaffLoginWorkflow = createWorkflow("link-staff-login", (input: { user_id: string }) => {
  const match = findEmployeeForUserStep(input)
  when({ match }, ({ match }) => !!match).then(() => {
    createRemoteLinkStep(
      transform({ match }, ({ match }) => [{ [STAFF_MODULE]: { employee_id: match!.employee_id }, [Modules.USER]: { user_id: match!.user_id } }])
    )
  })
  return new WorkflowResponse(match)
})
