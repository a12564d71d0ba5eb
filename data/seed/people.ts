import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"
import { CHINOOK_COUNTRIES } from "../../src/lib/countries"
import { emailPasswordIdentity } from "../../src/lib/email-login"
import { importedLoginPassword } from "../../src/lib/deployment-secrets"
import { ensureStaffLogin, LoginConflictError } from "../../src/lib/staff-login"
import { STAFF_MODULE } from "../../src/modules/staff"
import type StaffModuleService from "../../src/modules/staff/service"
import { createEmployeesWorkflow } from "../../src/workflows/staff/create-employees"
import type { LeftAlone, Progress } from "./progress"
import { SeedError, type ChinookData } from "./source"

/** The imported logins' password outside production (see importedLoginPassword). */
export { PUBLISHED_DEMO_PASSWORD as DEFAULT_DEMO_PASSWORD } from "../../src/lib/deployment-secrets"

// In production the import refuses the published demo password, naming the variable.
const demoPassword = () => {
  try {
    return importedLoginPassword()
  } catch (e: any) {
    throw new SeedError(e.message)
  }
}
const date = (s?: string | null) => (s ? new Date(`${s.slice(0, 19)}Z`) : null)
const text = (s?: string | null) => (s == null || s === "" ? null : String(s))

function countryCode(entity: string, key: number, name: string) {
  const code = CHINOOK_COUNTRIES[name]
  if (!code) {
    throw new SeedError(`${entity} ${key}: unknown country "${name}".`)
  }
  return code
}

/** Runs `fn` over `items`, a few at a time (password hashing is CPU-bound). */
async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) {
    await Promise.all(items.slice(i, i + size).map(fn))
  }
}

/**
 * Employees with their hierarchy, each with a staff login linked to them,
 * matched by Chinook key. An employee or login that staff deleted is left
 * alone, as is a login whose address a customer already uses.
 */
export async function importEmployees(container: MedusaContainer, data: ChinookData, progress: Progress) {
  const staff: StaffModuleService = container.resolve(STAFF_MODULE)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  await progress.entity("employees", async (tick) => {
    const existing = await staff.listEmployees(
      { chinook_id: { $ne: null } },
      { select: ["id", "chinook_id", "deleted_at"], withDeleted: true, take: null }
    )
    const byChinook = new Map(existing.filter((e) => !e.deleted_at).map((e) => [e.chinook_id!, e.id]))
    const deleted = new Set(existing.filter((e) => e.deleted_at && !byChinook.has(e.chinook_id!)).map((e) => e.chinook_id!))
    const left_alone: LeftAlone[] = data.Employee.filter((e) => deleted.has(e.EmployeeId)).map((e) => ({
      key: `${e.EmployeeId} (${e.Email})`,
      reason: "deleted by staff; not recreated",
    }))
    const todo = data.Employee.filter((e) => !byChinook.has(e.EmployeeId) && !deleted.has(e.EmployeeId))
    const index = new Map(todo.map((e, i) => [e.EmployeeId, i]))
    if (todo.length) {
      const { result } = await createEmployeesWorkflow(container).run({
        input: {
          employees: todo.map((e) => ({
            chinook_id: e.EmployeeId,
            first_name: e.FirstName,
            last_name: e.LastName,
            email: String(e.Email).toLowerCase(),
            title: text(e.Title),
            birth_date: date(e.BirthDate),
            hire_date: date(e.HireDate),
            address: text(e.Address),
            city: text(e.City),
            state: text(e.State),
            country: text(e.Country),
            postal_code: text(e.PostalCode),
            phone: text(e.Phone),
            fax: text(e.Fax),
            manager_id: e.ReportsTo == null ? null : byChinook.get(e.ReportsTo) ?? null,
            manager_index: e.ReportsTo == null ? null : index.get(e.ReportsTo) ?? null,
          })),
        },
      })
      result.forEach((e, i) => byChinook.set(todo[i].EmployeeId, e.id))
    }

    // Logins, and their links, for every Chinook employee that lacks one.
    const { data: withUsers } = await query.graph({
      entity: "employee",
      fields: ["id", "chinook_id", "email", "first_name", "last_name", "user.id"],
      filters: { chinook_id: { $ne: null } },
    })
    const users = container.resolve(Modules.USER)
    for (const e of withUsers) {
      if (e.user?.id) continue
      const email = String(e.email).toLowerCase()
      const [gone] = await users.listUsers({ email }, { select: ["id", "deleted_at"], withDeleted: true })
      if (gone?.deleted_at) {
        left_alone.push({ key: `${e.chinook_id} (${email})`, reason: "staff deleted this employee's login; not recreated" })
        continue
      }
      try {
        const user = await ensureStaffLogin(container, {
          email,
          password: demoPassword(),
          first_name: e.first_name,
          last_name: e.last_name,
        })
        await link.create({ [STAFF_MODULE]: { employee_id: e.id }, [Modules.USER]: { user_id: user.id } })
      } catch (err) {
        if (!(err instanceof LoginConflictError)) throw err
        left_alone.push({ key: `${e.chinook_id} (${email})`, reason: `no admin login: ${err.message}` })
      }
    }
    tick(data.Employee.length, data.Employee.length)
    return { created: todo.length, unchanged: data.Employee.length - todo.length - deleted.size, left_alone }
  })
}

/**
 * Customers with a login, their address and company, and their support rep,
 * matched by Chinook key (customer metadata `chinook_id`), so a customer who
 * changed their email is found again. A Chinook address that another
 * account already uses is left alone.
 */
export async function importCustomers(container: MedusaContainer, data: ChinookData, progress: Progress) {
  const customers = container.resolve(Modules.CUSTOMER)
  const staff: StaffModuleService = container.resolve(STAFF_MODULE)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  await progress.entity("customers", async (tick) => {
    const emails = data.Customer.map((c) => String(c.Email).toLowerCase())
    const imported = await chinookCustomers(container)
    const byKey = new Map(imported.map((c) => [Number(c.metadata!.chinook_id), c]))
    const others = await customers.listCustomers({ email: emails, has_account: true }, { select: ["id", "email", "metadata"], take: null })
    const taken = new Set(others.filter((c) => c.metadata?.chinook_id == null).map((c) => c.email))
    const left_alone: LeftAlone[] = []
    const todo = data.Customer.filter((c) => {
      if (byKey.has(c.CustomerId)) return false
      const email = String(c.Email).toLowerCase()
      if (taken.has(email)) {
        left_alone.push({ key: `${c.CustomerId} (${email})`, reason: "another account registered this address first; not imported" })
        return false
      }
      return true
    })
    let done = data.Customer.length - todo.length

    await inBatches(todo, 4, async (c) => {
      const email = String(c.Email).toLowerCase()
      let identity: { id: string }
      try {
        identity = await emailPasswordIdentity(container, email, demoPassword())
      } catch (err) {
        if (!(err instanceof LoginConflictError)) throw err
        left_alone.push({ key: `${c.CustomerId} (${email})`, reason: `not imported: ${err.message}` })
        return
      }
      await createCustomerAccountWorkflow(container).run({
        input: {
          authIdentityId: identity.id,
          customerData: {
            email,
            first_name: c.FirstName,
            last_name: c.LastName,
            company_name: text(c.Company),
            phone: text(c.Phone),
            metadata: { chinook_id: c.CustomerId, fax: text(c.Fax) },
            addresses: [
              {
                first_name: c.FirstName,
                last_name: c.LastName,
                company: text(c.Company),
                address_1: text(c.Address),
                city: text(c.City),
                province: text(c.State),
                postal_code: text(c.PostalCode),
                country_code: countryCode("Customer", c.CustomerId, c.Country),
                phone: text(c.Phone),
                is_default_billing: true,
                is_default_shipping: true,
              },
            ],
          } as any,
        },
      })
      done++
      if (done % 20 === 0) tick(done, data.Customer.length)
    })

    // Support reps: link each customer to the employee Chinook names.
    const reps = new Map(
      (await staff.listEmployees({ chinook_id: { $ne: null } }, { select: ["id", "chinook_id"], take: null })).map((e) => [e.chinook_id!, e.id])
    )
    const ids = (await chinookCustomers(container)).map((c) => c.id)
    const { data: linked } = ids.length
      ? await query.graph({ entity: "customer", fields: ["id", "metadata", "employee.id"], filters: { id: ids } })
      : { data: [] as any[] }
    const linkedByKey = new Map<number, any>((linked as any[]).map((c) => [Number(c.metadata.chinook_id), c]))
    const links = data.Customer.flatMap((c) => {
      const customer: any = linkedByKey.get(c.CustomerId)
      const rep = c.SupportRepId == null ? undefined : reps.get(c.SupportRepId)
      if (!customer || customer.employee?.id || !rep) return []
      return [{ [STAFF_MODULE]: { employee_id: rep }, [Modules.CUSTOMER]: { customer_id: customer.id } }]
    })
    if (links.length) {
      await link.create(links)
    }
    tick(data.Customer.length, data.Customer.length)
    return { created: todo.length, unchanged: data.Customer.length - todo.length - left_alone.length, left_alone }
  })
}

/** Customers with a login that the import made: their metadata holds their Chinook key. */
export async function chinookCustomers(container: MedusaContainer) {
  const customers = container.resolve(Modules.CUSTOMER)
  return customers.listCustomers(
    { has_account: true, metadata: { chinook_id: { $ne: null } } } as any,
    { select: ["id", "email", "first_name", "last_name", "metadata"], take: null }
  )
}
