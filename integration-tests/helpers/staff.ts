import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureStaffLogin } from "../../src/lib/staff-login"

/** Creates (or finds) a staff login and logs in at the admin: request options with its bearer token. */
export async function staffLogin(api: any, container: MedusaContainer, credentials: { email: string; password: string }) {
  await ensureStaffLogin(container, credentials)
  const { data } = await api.post("/auth/user/emailpass", credentials)
  return { headers: { authorization: `Bearer ${data.token}` } }
}
