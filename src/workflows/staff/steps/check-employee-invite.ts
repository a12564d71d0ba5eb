import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

export type EmployeeInvitePlan = {
  employee_id: string
  email: string
  /** A staff user with the employee's address, not linked yet: link it, invite nobody. */
  existing_user_id: string | null
  /** An invite already sent to the address: send it again with a fresh token. */
  existing_invite_id: string | null
}

/**
 * What inviting an employee means now. Refused: an employee who already has
 * a linked login, and an address that is a store customer's login (staff
 * and customer logins never share an identity, see src/api/auth/separate-logins.ts).
 */
export const checkEmployeeInviteStep = createStep(
  "check-employee-invite",
  async (input: { employee_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [employee],
    } = await query.graph({ entity: "employee", fields: ["id", "email", "user.id", "user.email"], filters: { id: input.employee_id } })
    if (!employee) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Employee with id: ${input.employee_id} was not found`)
    const linked = (employee as any).user
    if (linked?.id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This employee already has a staff login (${linked.email}).`)
    }
    const email = String(employee.email).toLowerCase()

    const auth = container.resolve(Modules.AUTH)
    const [provider] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
    if (provider?.auth_identity_id) {
      const identity = await auth.retrieveAuthIdentity(provider.auth_identity_id)
      const metadata = (identity.app_metadata ?? {}) as Record<string, unknown>
      if (metadata.customer_id && !metadata.user_id) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "email: this address is a store customer's login; give the employee another address before inviting them."
        )
      }
    }

    const users = container.resolve(Modules.USER)
    const [user] = await users.listUsers({ email }, { select: ["id"] })
    const [invite] = user ? [] : await users.listInvites({ email }, { select: ["id"] })
    const plan: EmployeeInvitePlan = {
      employee_id: employee.id,
      email,
      existing_user_id: user?.id ?? null,
      existing_invite_id: invite?.id ?? null,
    }
    return new StepResponse(plan)
  }
)
