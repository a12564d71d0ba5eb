import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../../../src/modules/staff"
import type StaffModuleService from "../../../src/modules/staff/service"
import { ensureStaffLogin } from "../../../src/lib/staff-login"
import { ensureStoreSetup, type StoreSetup } from "../../../src/lib/store-setup"
import { registerCustomer } from "../../helpers/customer"
import { refused, staffAuth, type Auth } from "../../helpers/staff-side"

// Deleting an employee: refused while customers or reports depend on them,
// else the employee goes with their staff login (user, login identity,
// pending invite), and their open requests go back to the queue.
export default function adminEmployeeDeleteSuite({ api, getContainer }: MedusaSuiteOptions) {
  let setup: StoreSetup
  let staff: Auth
  const ids = {} as { boss: string; rep: string; leaver: string; invited: string; customer: string }

  beforeAll(async () => {
    const container = getContainer()
    setup = await ensureStoreSetup(container)
    staff = await staffAuth(api, container, "manager@example.com")
    const staffModule: StaffModuleService = container.resolve(STAFF_MODULE)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const [boss] = (await staffModule.createEmployees([{ first_name: "Ada", last_name: "Boss", email: "ada.boss@example.com", title: "Manager" }])) as any[]
    const [rep, leaver, invited]: any[] = (await staffModule.createEmployees([
      { first_name: "Rita", last_name: "Rep", email: "rita.rep@example.com", manager_id: boss.id },
      { first_name: "Leo", last_name: "Leaver", email: "leo.leaver@example.com", manager_id: boss.id },
      { first_name: "Ivy", last_name: "Invited", email: "ivy.invited@example.com", manager_id: boss.id },
    ] as any)) as any
    Object.assign(ids, { boss: boss.id, rep: rep.id, leaver: leaver.id, invited: invited.id })
    // Leo has a staff login linked to his employee record.
    const user = await ensureStaffLogin(container, { email: "leo.leaver@example.com", password: "leo-pass-1" })
    await link.create({ [STAFF_MODULE]: { employee_id: leaver.id }, [Modules.USER]: { user_id: user.id } })
    const customer = await registerCustomer(api, setup.publishable_key, { email: "cara@example.com", first_name: "Cara" })
    ids.customer = (await api.get("/store/customers/me", customer)).data.customer.id
    await link.create({ [STAFF_MODULE]: { employee_id: rep.id }, [Modules.CUSTOMER]: { customer_id: ids.customer } })
  })

  const remove = (id: string, auth: Auth | {} = staff) => api.delete(`/admin/employees/${id}`, auth)

  it("needs a staff login", async () => {
    expect((await refused(remove(ids.leaver, {}))).status).toBe(401)
    expect((await api.get(`/admin/employees/${ids.leaver}`, staff)).status).toBe(200)
  })

  it("refuses while the employee still has customers or reports, saying how many, and changes nothing", async () => {
    const rep = await refused(remove(ids.rep))
    expect(rep.status).toBe(409)
    expect(rep.message).toBe("Rita Rep still has 1 customer: give the customers another support rep before deleting this employee.")
    const boss = await refused(remove(ids.boss))
    expect(boss.status).toBe(409)
    expect(boss.message).toBe("Ada Boss still has 3 reports: make the reports report to someone else before deleting this employee.")
    expect((await api.get(`/admin/employees/${ids.rep}`, staff)).data.employee.customer_count).toBe(1)
    expect((await api.get(`/admin/employees/${ids.boss}`, staff)).data.employee.reports).toHaveLength(3)
    expect((await refused(remove("emp_01MISSING"))).status).toBe(404)

    // Once the customer has another rep, Rita can go.
    await api.post(`/admin/music/customers/${ids.customer}/support-rep`, { employee_id: ids.leaver }, staff)
    const leaverNow = await refused(remove(ids.leaver))
    expect(leaverNow.message).toMatch(/Leo Leaver still has 1 customer/)
    expect((await remove(ids.rep)).data).toMatchObject({ id: ids.rep, object: "employee", deleted: true })
  })

  it("deletes the employee and revokes their staff login; their open requests go back to the queue", async () => {
    const container = getContainer()
    // Leo can log in before, and his login works on the admin.
    const login = await api.post("/auth/user/emailpass", { email: "leo.leaver@example.com", password: "leo-pass-1" })
    expect(login.status).toBe(200)
    const leo = { headers: { authorization: `Bearer ${login.data.token}` } }
    expect((await api.get("/admin/employees", leo)).status).toBe(200)
    const staffModule: StaffModuleService = container.resolve(STAFF_MODULE)
    const [open, resolved] = (await staffModule.createSupportRequests([
      { customer_id: ids.customer, subject: "Open one", message: "m", status: "open", assignee_id: ids.leaver, last_message_at: new Date() },
      { customer_id: ids.customer, subject: "Done one", message: "m", status: "resolved", assignee_id: ids.leaver, last_message_at: new Date() },
    ] as any)) as any

    const { status, data } = await remove(ids.leaver)
    expect(status).toBe(200)
    expect(data).toMatchObject({ id: ids.leaver, deleted: true, revoked_user_id: expect.stringMatching(/^user_/), unassigned_request_ids: [open.id] })

    expect((await refused(api.get(`/admin/employees/${ids.leaver}`, staff))).status).toBe(404)
    expect((await api.get("/admin/employees", staff)).data.employees.map((e: any) => e.id)).not.toContain(ids.leaver)
    // The login is gone: no user, and the password no longer logs in.
    const users = container.resolve(Modules.USER)
    expect(await users.listUsers({ email: "leo.leaver@example.com" })).toHaveLength(0)
    expect((await refused(api.post("/auth/user/emailpass", { email: "leo.leaver@example.com", password: "leo-pass-1" }))).status).toBe(401)
    const [openNow, resolvedNow] = await staffModule.listSupportRequests({ id: [open.id, resolved.id] }, { select: ["id", "assignee_id"], order: { subject: "DESC" } } as any)
    expect(openNow).toMatchObject({ id: open.id, assignee_id: null })
    expect(resolvedNow).toMatchObject({ id: resolved.id, assignee_id: ids.leaver })
    // The token he holds stops working at once, not when it expires.
    const out = await refused(api.get("/admin/employees", leo))
    expect([out.status, out.message]).toEqual([401, "Your staff account no longer exists; sign in again or ask an administrator."])
    expect((await refused(api.post(`/admin/employees/${ids.boss}`, { title: "Fired" }, leo))).status).toBe(401)
    // Other staff are untouched.
    expect((await api.get(`/admin/employees/${ids.boss}`, staff)).data.employee.reports.map((r: any) => r.id).sort()).toEqual([ids.invited, ids.rep].sort())
  })

  it("takes back a pending invite of an employee without a login", async () => {
    const invited = await api.post(`/admin/employees/${ids.invited}/invite`, {}, staff)
    const inviteId = invited.data.invite.id
    const { data } = await remove(ids.invited)
    expect(data).toMatchObject({ id: ids.invited, deleted: true, revoked_user_id: null })
    const users = getContainer().resolve(Modules.USER)
    expect(await users.listInvites({ id: inviteId })).toHaveLength(0)
    // Deleted twice is a 404.
    expect((await refused(remove(ids.invited))).status).toBe(404)
  })
}
