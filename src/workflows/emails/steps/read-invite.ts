import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

export type InviteToMail = { id: string; email: string; token: string; expires_at: Date; employee_name: string | null }

/** The invite (with its current token) and, when the address is an employee's, their name. */
export const readInviteStep = createStep("read-invite", async (input: { id: string }, { container }) => {
  const users = container.resolve(Modules.USER)
  const [invite] = await users.listInvites({ id: input.id }, { select: ["id", "email", "token", "expires_at", "accepted"] })
  if (!invite || invite.accepted) return new StepResponse(null as InviteToMail | null)
  const staff: StaffModuleService = container.resolve(STAFF_MODULE)
  const [employee] = await staff.listEmployees({ email: invite.email.toLowerCase() }, { select: ["first_name", "last_name"] })
  return new StepResponse({
    id: invite.id,
    email: invite.email,
    token: invite.token,
    expires_at: invite.expires_at,
    employee_name: employee ? `${employee.first_name} ${employee.last_name}` : null,
  } as InviteToMail | null)
})
