import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { emailPasswordIdentity } from "./email-login"

export type StaffLoginInput = {
  email: string
  password: string
  first_name?: string
  last_name?: string
}

/**
 * Gives a person an admin login (email and password), as `medusa user` does.
 * Idempotent: an existing user keeps their password. Returns the user id.
 */
export async function ensureStaffLogin(container: MedusaContainer, input: StaffLoginInput) {
  const users = container.resolve(Modules.USER)
  const email = input.email.toLowerCase()

  const [existing] = await users.listUsers({ email })
  if (existing) {
    return { id: existing.id, created: false }
  }

  const identity = await emailPasswordIdentity(container, email, input.password)
  const { result } = await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: identity.id,
      userData: { email, first_name: input.first_name, last_name: input.last_name },
    },
  })
  return { id: result.id, created: true }
}
