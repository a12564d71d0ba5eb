import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { ensureStoreSetup, StoreSetup } from "../../../src/lib/store-setup"
import { ensureStaffLogin, LoginConflictError } from "../../../src/lib/staff-login"
import { registerCustomer } from "../../helpers/customer"
import { emailPasswordIdentity } from "../../../src/lib/email-login"

export default function staffIdentitySuite({ api, getContainer }: MedusaSuiteOptions) {
  let setup: StoreSetup

  beforeAll(async () => {
    setup = await ensureStoreSetup(getContainer())
  })

  /** What a password at the admin's login gets: the status of /admin/users/me. */
  async function adminAccess(email: string, password: string) {
    const login = await api.post("/auth/user/emailpass", { email, password }).catch((e: any) => e.response)
    if (login.status !== 200) return login.status
    const me = await api
      .get("/admin/users/me", { headers: { authorization: `Bearer ${login.data.token}` } })
      .catch((e: any) => e.response)
    return me.status
  }

  async function identityOf(email: string) {
    const auth = getContainer().resolve(Modules.AUTH)
    const [provider] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
    return auth.retrieveAuthIdentity(provider.auth_identity_id!)
  }

  it("never attaches a staff login to a customer's login, so the customer's password stays out of the admin", async () => {
    await registerCustomer(api, setup.publishable_key, { email: "mallory@example.com", password: "mallory-pass-1" })

    const attempt = ensureStaffLogin(getContainer(), { email: "Mallory@example.com", password: "staff-pass-123" })
    await expect(attempt).rejects.toBeInstanceOf(LoginConflictError)
    await expect(attempt).rejects.toThrow(
      /mallory@example.com is already the login of a store customer; .*Give the staff member another email address/
    )

    expect(await adminAccess("mallory@example.com", "mallory-pass-1")).toBe(401)
    expect(await adminAccess("mallory@example.com", "staff-pass-123")).toBe(401)
    const identity = await identityOf("mallory@example.com")
    expect(identity.app_metadata?.user_id).toBeUndefined()
    expect(identity.app_metadata?.customer_id).toBeTruthy()
    expect(await getContainer().resolve(Modules.USER).listUsers({ email: "mallory@example.com" })).toHaveLength(0)

    // The customer still shops with their own password.
    const store = await api.post("/auth/customer/emailpass", { email: "mallory@example.com", password: "mallory-pass-1" })
    expect(store.status).toBe(200)
  })

  it("does not take over a login someone registered without an account", async () => {
    // Registered at the store's auth route, never turned into a customer.
    await api.post("/auth/customer/emailpass/register", { email: "eve@example.com", password: "eve-pass-1" })

    await expect(ensureStaffLogin(getContainer(), { email: "eve@example.com", password: "staff-pass-456" })).rejects.toThrow(
      /eve@example.com already has a login with another password and no account yet/
    )
    expect(await adminAccess("eve@example.com", "eve-pass-1")).toBe(401)
    expect((await identityOf("eve@example.com")).app_metadata?.user_id).toBeUndefined()
  })

  it("finishes a staff login whose identity an interrupted run left behind with the same password", async () => {
    const auth = getContainer().resolve(Modules.AUTH)
    await auth.register("emailpass", { body: { email: "andrew@chinookcorp.com", password: "staff-pass-789" } } as any)

    const user = await ensureStaffLogin(getContainer(), { email: "andrew@chinookcorp.com", password: "staff-pass-789" })
    expect(user.created).toBe(true)
    expect(await adminAccess("andrew@chinookcorp.com", "staff-pass-789")).toBe(200)
  })

  it("gives a new address an admin login that works, once", async () => {
    const first = await ensureStaffLogin(getContainer(), { email: "nancy@chinookcorp.com", password: "staff-pass-000" })
    expect(first.created).toBe(true)
    expect(await adminAccess("nancy@chinookcorp.com", "staff-pass-000")).toBe(200)
    expect(await ensureStaffLogin(getContainer(), { email: "NANCY@chinookcorp.com", password: "other" })).toEqual({
      id: first.id,
      created: false,
    })
    expect((await identityOf("nancy@chinookcorp.com")).app_metadata?.user_id).toBe(first.id)
  })

  it("never gives a staff login a customer account, nor a customer's login a staff account", async () => {
    const pk = { "x-publishable-api-key": setup.publishable_key }
    await ensureStaffLogin(getContainer(), { email: "margaret@chinookcorp.com", password: "staff-pass-321" })

    // A shopper who knows (or guesses) the staff password, as a storefront registers.
    const register = await api
      .post("/auth/customer/emailpass/register", { email: "margaret@chinookcorp.com", password: "staff-pass-321" })
      .catch((e: any) => e.response)
    expect(register.status).toBe(401) // Medusa: the identity exists
    const login = await api.post("/auth/customer/emailpass", { email: "margaret@chinookcorp.com", password: "staff-pass-321" })
    const account = await api
      .post(
        "/store/customers",
        { email: "margaret@chinookcorp.com", first_name: "Margaret" },
        { headers: { ...pk, authorization: `Bearer ${login.data.token}` } }
      )
      .catch((e: any) => e.response)
    expect(account.status).toBe(400)
    expect(account.data.message).toMatch(/^email: this address is a staff login of the store; use another email address/)
    expect((await identityOf("margaret@chinookcorp.com")).app_metadata?.customer_id).toBeUndefined()
    await expect(
      emailPasswordIdentity(getContainer(), "margaret@chinookcorp.com", "staff-pass-321", "customer")
    ).rejects.toThrow(/already the login of a staff member; a customer login never shares a staff password/)

    // The shop's reset form does not reach the staff password (and says what it says for anyone).
    const notifications = getContainer().resolve(Modules.NOTIFICATION)
    const before = (await notifications.listNotifications({ to: "margaret@chinookcorp.com" })).length
    const reset = await api.post("/auth/customer/emailpass/reset-password", { identifier: "margaret@chinookcorp.com" })
    expect(reset.status).toBe(201)
    await new Promise((r) => setTimeout(r, 1000))
    expect(await notifications.listNotifications({ to: "margaret@chinookcorp.com" })).toHaveLength(before)

    // A staff invite accepted with a customer's login is refused.
    await registerCustomer(api, setup.publishable_key, { email: "trudy@example.com", password: "trudy-pass-1" })
    const admin = await api.post("/auth/user/emailpass", { email: "margaret@chinookcorp.com", password: "staff-pass-321" })
    const invite = await api.post(
      "/admin/invites",
      { email: "trudy@example.com" },
      { headers: { authorization: `Bearer ${admin.data.token}` } }
    )
    const trudy = await api.post("/auth/user/emailpass", { email: "trudy@example.com", password: "trudy-pass-1" })
    const accept = await api
      .post(
        `/admin/invites/accept?token=${invite.data.invite.token}`,
        { first_name: "Trudy", last_name: "Customer" },
        { headers: { authorization: `Bearer ${trudy.data.token}` } }
      )
      .catch((e: any) => e.response)
    expect(accept.status).toBe(400)
    expect(accept.data.message).toMatch(/^email: this address is already a customer's login in the store/)
    expect(await adminAccess("trudy@example.com", "trudy-pass-1")).toBe(401)
  })
}
