import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** The employee with this user's address and no login linked yet, if any. */
export const findEmployeeForUserStep = createStep("find-employee-for-user", async (input: { user_id: string }, { container }) => {
  const users = container.resolve(Modules.USER)
  const [user] = await users.listUsers({ id: input.user_id }, { select: ["id", "email"] })
  if (!user?.email) return new StepResponse(null as { employee_id: string; user_id: string } | null)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "employee", fields: ["id", "user.id"], filters: { email: user.email.toLowerCase() } })
  const employee = (data as any[]).find((e) => !e.user?.id)
  return new StepResponse(employee ? { employee_id: employee.id as string, user_id: user.id } : null)
})
