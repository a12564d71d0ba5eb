import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { deleteInvitesStep, dismissRemoteLinkStep, removeUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { STAFF_MODULE } from "../../modules/staff"
import { checkEmployeeDeletableStep } from "./steps/check-employee-deletable"
import { softDeleteEmployeeStep, unassignEmployeeRequestsStep } from "./steps/delete-employee"

/**
 * Deletes an employee nobody depends on any more (refused, saying how many,
 * while they are still someone's support rep or manager) and revokes their
 * staff login: the user and its login identity, and any invite not yet
 * accepted. Their open requests go back to the queue. Each step is undone
 * if a later one fails.
 */
export const deleteEmployeeWorkflow = createWorkflow("delete-employee", (input: { id: string }) => {
  const facts = checkEmployeeDeletableStep(input)
  const requests = unassignEmployeeRequestsStep(transform({ facts }, ({ facts }) => ({ employee_id: facts.employee_id })))

  when("employee-login-linked", { facts }, ({ facts }) => facts.linked && !!facts.user_id).then(() => {
    dismissRemoteLinkStep(
      transform({ facts }, ({ facts }) => [{ [STAFF_MODULE]: { employee_id: facts.employee_id }, [Modules.USER]: { user_id: facts.user_id! } }])
    )
  })
  when("employee-login-to-remove", { facts }, ({ facts }) => !!facts.user_id).then(() => {
    removeUserAccountWorkflow.runAsStep({ input: transform({ facts }, ({ facts }) => ({ userId: facts.user_id! })) })
  })
  when("employee-invites-to-remove", { facts }, ({ facts }) => facts.invite_ids.length > 0).then(() => {
    deleteInvitesStep(transform({ facts }, ({ facts }) => facts.invite_ids))
  })
  softDeleteEmployeeStep(transform({ facts }, ({ facts }) => ({ employee_id: facts.employee_id })))

  return new WorkflowResponse(
    transform({ facts, requests }, ({ facts, requests }) => ({
      id: facts.employee_id,
      revoked_user_id: facts.user_id,
      revoked_invite_ids: facts.invite_ids,
      unassigned_request_ids: requests,
    }))
  )
})
