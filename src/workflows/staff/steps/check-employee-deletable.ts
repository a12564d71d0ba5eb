import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

export type EmployeeDeletion = {
  employee_id: string
  /** The staff login to revoke: the linked user, else a user with the employee's address. */
  user_id: string | null
  /** Whether user_id is linked to the employee (the link goes with it). */
  linked: boolean
  /** Invites to the employee's address not yet accepted. */
  invite_ids: string[]
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

/**
 * An employee can go only once nobody depends on them: customers they are
 * support rep of and employees who report to them would be left without
 * one, so staff must give them to someone else first. Answers why not
 * (saying how many), or what deleting them revokes: their staff login and
 * pending invites. 404 for an unknown employee.
 */
export async function employeeDeletion(container: MedusaContainer, id: string): Promise<{ refusal: string } | { refusal: null; facts: EmployeeDeletion }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [employee],
  } = await query.graph({
    entity: "employee",
    fields: ["id", "first_name", "last_name", "email", "reports.id", "customers.id", "user.id"],
    filters: { id },
  })
  if (!employee) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Employee with id: ${id} was not found`)
  const e = employee as any
  const customers = (e.customers ?? []).filter(Boolean).length
  const reports = (e.reports ?? []).filter(Boolean).length
  if (customers || reports) {
    const what = [customers && plural(customers, "customer"), reports && plural(reports, "report")].filter(Boolean).join(" and ")
    const todo = [customers && "give the customers another support rep", reports && "make the reports report to someone else"].filter(Boolean).join(" and ")
    return { refusal: `${e.first_name} ${e.last_name} still has ${what}: ${todo} before deleting this employee.` }
  }
  const users = container.resolve(Modules.USER)
  const email = String(e.email).toLowerCase()
  const linked = e.user?.id ?? null
  const [byEmail] = linked ? [] : await users.listUsers({ email }, { select: ["id"] })
  const invites = (await users.listInvites({ email }, { select: ["id", "accepted"] })).filter((i) => !i.accepted)
  return {
    refusal: null,
    facts: { employee_id: e.id, user_id: linked ?? byEmail?.id ?? null, linked: !!linked, invite_ids: invites.map((i) => i.id) },
  }
}

/** Checks again inside the workflow (the route answers the refusal first, as a 409). */
export const checkEmployeeDeletableStep = createStep("check-employee-deletable", async (input: { id: string }, { container }) => {
  const answer = await employeeDeletion(container, input.id)
  if (answer.refusal !== null) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, answer.refusal)
  return new StepResponse<EmployeeDeletion>(answer.facts)
})
