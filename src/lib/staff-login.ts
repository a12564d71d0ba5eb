import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { emailPasswordIdentity, LoginConflictError } from "./email-login"

export { LoginConflictError }

export type StaffLoginInput = {
  email: string
  password: string
  first_name?: string
  last_name?: string
}

/**
 * Gives a person an admin login (email and password), as `medusa user` does.
 * Idempotent: an existing user keeps their password. Returns the user id.
 * Throws LoginConflictError when the address is already a customer's login:
 * attaching staff to it would let that customer's password into the admin.
 */
export async function ensureStaffLogin(container: MedusaContainer, input: StaffLoginInput) {
  const users = container.resolve(Modules.USER)
  const email = input.email.toLowerCase()

  const [existing] = await users.listUsers({ email })
  if (existing) {
    return { id: existing.id, created: false }
  }

  const identity = await emailPasswordIdentity(container, email, input.password, "user")
  const { result } = await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: identity.id,
      userData: { email, first_name: input.first_name, last_name: input.last_name },
    },
  })
  return { id: result.id, created: true }
}
