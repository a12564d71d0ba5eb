import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export type StaffLoginMatch = { employee_id: string; user_id: string } | null

/**
 * For an accepted invite: the staff user it made and the employee with the
 * same address, when neither is linked yet. Medusa soft-deletes an invite
 * once accepted, so it is read with the deleted ones.
 */
export const findEmployeeForInviteStep = createStep("find-employee-for-invite", async (input: { invite_id: string }, { container }) => {
  const users = container.resolve(Modules.USER)
  const [invite] = await users.listInvites({ id: input.invite_id }, { select: ["id", "email"], withDeleted: true })
  if (!invite?.email) return new StepResponse(null as StaffLoginMatch)
  const email = invite.email.toLowerCase()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: found }, { data: employees }] = await Promise.all([
    query.graph({ entity: "user", fields: ["id", "employee.id"], filters: { email } }),
    query.graph({ entity: "employee", fields: ["id", "user.id"], filters: { email } }),
  ])
  const user = (found as any[])[0]
  const employee = (employees as any[]).find((e) => !e.user?.id)
  if (!user || user.employee?.id || !employee) return new StepResponse(null as StaffLoginMatch)
  return new StepResponse({ employee_id: employee.id as string, user_id: user.id as string } as StaffLoginMatch)
})
