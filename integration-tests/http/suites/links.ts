import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PLAYLISTS_MODULE } from "../../../src/modules/playlists"
import { STAFF_MODULE } from "../../../src/modules/staff"
import { ensureStaffLogin } from "../../../src/lib/staff-login"

export default function linksSuite({ getContainer }: MedusaSuiteOptions) {
  const services = () => {
    const c = getContainer()
    return {
      link: c.resolve(ContainerRegistrationKeys.LINK),
      query: c.resolve(ContainerRegistrationKeys.QUERY),
      customers: c.resolve(Modules.CUSTOMER),
      playlists: c.resolve(PLAYLISTS_MODULE) as any,
      staff: c.resolve(STAFF_MODULE) as any,
    }
  }

  it("links a customer to the playlists they own", async () => {
    const { link, query, customers, playlists } = services()
    const customer = await customers.createCustomers({ email: "owner@example.com" })
    const [mine, also, editorial] = await playlists.createPlaylists([
      { name: "Mine" },
      { name: "Also mine" },
      { name: "Staff picks", editorial: true, visibility: "public" },
    ])
    await link.create(
      [mine, also].map((p) => ({
        [PLAYLISTS_MODULE]: { playlist_id: p.id },
        [Modules.CUSTOMER]: { customer_id: customer.id },
      }))
    )

    const { data: owners }: { data: any[] } = await query.graph({
      entity: "customer",
      fields: ["id", "playlists.name"],
      filters: { id: customer.id },
    })
    expect(owners[0].playlists.map((p: any) => p.name).sort()).toEqual(["Also mine", "Mine"])

    const { data: lists } = await query.graph({
      entity: "playlist",
      fields: ["id", "name", "customer.email"],
      filters: { id: [mine.id, editorial.id] },
    })
    const owner = Object.fromEntries(lists.map((p: any) => [p.name, p.customer?.email ?? null]))
    expect(owner).toEqual({ Mine: "owner@example.com", "Staff picks": null })
  })

  it("links an employee to the customers they support and to their staff login", async () => {
    const { link, query, customers, staff } = services()
    const jane = await staff.createEmployees({
      first_name: "Jane",
      last_name: "Peacock",
      title: "Sales Support Agent",
      email: "jane@chinookcorp.com",
    })
    const [a, b] = await customers.createCustomers([{ email: "a@example.com" }, { email: "b@example.com" }])
    const user = await ensureStaffLogin(getContainer(), { email: "jane@chinookcorp.com", password: "pw-123456" })

    await link.create([
      { [STAFF_MODULE]: { employee_id: jane.id }, [Modules.CUSTOMER]: { customer_id: a.id } },
      { [STAFF_MODULE]: { employee_id: jane.id }, [Modules.CUSTOMER]: { customer_id: b.id } },
      { [STAFF_MODULE]: { employee_id: jane.id }, [Modules.USER]: { user_id: user.id } },
    ])

    const { data: employees }: { data: any[] } = await query.graph({
      entity: "employee",
      fields: ["id", "customers.email", "user.email"],
      filters: { id: jane.id },
    })
    expect(employees[0].customers.map((c: any) => c.email).sort()).toEqual(["a@example.com", "b@example.com"])
    expect(employees[0].user.email).toBe("jane@chinookcorp.com")

    const { data: supported }: { data: any[] } = await query.graph({
      entity: "customer",
      fields: ["id", "employee.last_name"],
      filters: { id: a.id },
    })
    expect(supported[0].employee.last_name).toBe("Peacock")

    // A login made twice is the same login.
    expect((await ensureStaffLogin(getContainer(), { email: "JANE@chinookcorp.com", password: "x" })).id).toBe(user.id)
  })
}
