import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Who an email/password login is for. Medusa keeps one emailpass identity per
 * address and records its accounts in the identity's app_metadata
 * (`customer_id`, `user_id`); the same password opens every account on it.
 */
export type LoginActor = "customer" | "user"

/** The address already has a login that this account must not share. */
export class LoginConflictError extends Error {
  constructor(
    readonly email: string,
    message: string
  ) {
    super(message)
    this.name = "LoginConflictError"
  }
}

const ACTOR_NAMES: Record<string, string> = { customer_id: "a store customer", user_id: "a staff member" }

/**
 * The email/password auth identity for an account of `actor`: the existing
 * one, or a new one with this password.
 *
 * - An identity that already serves this actor is returned as it is.
 * - Staff and customer logins never share an identity: a staff login on a
 *   customer's would open the admin with the customer's password, a customer
 *   login on a staff one would put the admin password in a shop account
 *   (LoginConflictError either way).
 * - An identity with no account yet (a registration or an import that stopped
 *   half-way) is reused only when it has this very password, as Medusa's own
 *   register does; otherwise whoever registered it would own the account.
 */
export async function emailPasswordIdentity(
  container: MedusaContainer,
  email: string,
  password: string,
  actor: LoginActor = "customer"
) {
  const auth = container.resolve(Modules.AUTH)
  const [existing] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  if (existing) {
    const identity = await auth.retrieveAuthIdentity(existing.auth_identity_id!)
    const metadata = (identity.app_metadata ?? {}) as Record<string, unknown>
    if (metadata[`${actor}_id`]) {
      return { id: identity.id, created: false }
    }
    const others = Object.keys(metadata).filter((k) => k.endsWith("_id") && metadata[k])
    if (others.length) {
      const owners = others.map((k) => ACTOR_NAMES[k] ?? k.replace(/_id$/, "")).join(" and ")
      throw new LoginConflictError(
        email,
        actor === "user"
          ? `${email} is already the login of ${owners}; a staff login never shares another account's password. ` +
              `Give the staff member another email address.`
          : `${email} is already the login of ${owners}; a customer login never shares a staff password. ` +
              `The customer needs another email address.`
      )
    }
  }
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } } as any)
  if (error || !authIdentity) {
    if (existing) {
      throw new LoginConflictError(
        email,
        `${email} already has a login with another password and no account yet (auth identity ${existing.auth_identity_id}); ` +
          `it was not made here, so it is not taken over. Delete that auth identity or use another email address.`
      )
    }
    throw new Error(`Could not create the login for ${email}: ${error}`)
  }
  return { id: authIdentity.id, created: !existing }
}
