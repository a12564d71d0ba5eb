import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * The email/password auth identity for an address: the existing one, or a new
 * one with this password. Reusing it lets an interrupted import, which
 * registered the login but did not get to create the account, finish.
 */
export async function emailPasswordIdentity(container: MedusaContainer, email: string, password: string) {
  const auth = container.resolve(Modules.AUTH)
  const [existing] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  if (existing) {
    return { id: existing.auth_identity_id!, created: false }
  }
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } } as any)
  if (error || !authIdentity) {
    throw new Error(`Could not create the login for ${email}: ${error}`)
  }
  return { id: authIdentity.id, created: true }
}
