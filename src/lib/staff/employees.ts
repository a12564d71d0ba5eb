import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { OWNERSHIP_MODULE } from "../../modules/ownership"
import type OwnershipModuleService from "../../modules/ownership/service"
import type { RepSales } from "../../modules/ownership/service"

/*
 * Employees as the admin routes show them: Chinook's fields, `reports_to`
 * (the manager's id: the hierarchy), their customers (the support-rep link)
 * and their sales from the ledger (lines by the rep recorded at sale time).
 */

const EMPLOYEE_FIELDS = [
  "id", "chinook_id", "first_name", "last_name", "title", "email", "birth_date", "hire_date",
  "address", "city", "state", "country", "postal_code", "phone", "fax", "manager_id", "created_at", "updated_at",
]

export type SalesFigure = Omit<RepSales, "support_rep_id">

const salesOf = (rows: RepSales[], id: string): SalesFigure[] =>
  rows.filter((r) => r.support_rep_id === id).map(({ support_rep_id, ...r }) => r)

const base = (e: any) => {
  const { manager_id, ...rest } = e
  return { ...rest, name: `${e.first_name} ${e.last_name}`, reports_to: manager_id ?? null }
}

/** Every employee with `reports_to`, their customer count, login and sales totals. */
export async function listEmployees(scope: MedusaContainer, q?: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const ownership: OwnershipModuleService = scope.resolve(OWNERSHIP_MODULE)
  const { data } = await query.graph({ entity: "employee", fields: [...EMPLOYEE_FIELDS, "customers.id", "user.id"] })
  const needle = q?.trim().toLowerCase()
  const employees = (data as any[])
    .filter((e) => !needle || [e.first_name, e.last_name, e.email, e.title].some((v) => v && String(v).toLowerCase().includes(needle)))
    .sort((a, b) => (a.chinook_id ?? Infinity) - (b.chinook_id ?? Infinity) || String(a.last_name).localeCompare(b.last_name))
  const sales = await ownership.summarizeRepSales(employees.map((e) => e.id))
  return employees.map(({ customers, user, ...e }) => ({
    ...base(e),
    customer_count: (customers ?? []).filter(Boolean).length,
    user_id: user?.id ?? null,
    sales: salesOf(sales, e.id),
  }))
}

/** The staff login of an employee: the linked user, else a user or pending invite with their address. */
async function loginOf(scope: MedusaContainer, employee: any) {
  const users = scope.resolve(Modules.USER)
  const email = String(employee.email).toLowerCase()
  const linked = employee.user?.id ? employee.user : null
  const [byEmail] = linked ? [] : await users.listUsers({ email }, { select: ["id", "email"] })
  const [invite] = linked || byEmail ? [] : await users.listInvites({ email }, { select: ["id", "email", "expires_at", "accepted"] })
  const user = linked ?? byEmail ?? null
  return {
    user: user ? { id: user.id, email: user.email } : null,
    linked: !!linked,
    invite: invite ? { id: invite.id, expires_at: invite.expires_at, expired: new Date(invite.expires_at) < new Date() } : null,
  }
}

export async function getEmployee(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const ownership: OwnershipModuleService = scope.resolve(OWNERSHIP_MODULE)
  const {
    data: [e],
  } = await query.graph({
    entity: "employee",
    fields: [
      ...EMPLOYEE_FIELDS,
      "manager.id", "manager.first_name", "manager.last_name", "manager.title",
      "reports.id", "reports.first_name", "reports.last_name", "reports.title",
      "customers.id", "user.id", "user.email",
    ],
    filters: { id },
  })
  if (!e) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Employee with id: ${id} was not found`)
  const { manager, reports, customers, user, ...rest } = e as any
  const person = (p: any) => ({ id: p.id, name: `${p.first_name} ${p.last_name}`, title: p.title ?? null })
  const [sales, login] = await Promise.all([ownership.summarizeRepSales([id]), loginOf(scope, e)])
  return {
    ...base(rest),
    manager: manager ? person(manager) : null,
    reports: (reports ?? []).filter(Boolean).map(person),
    customer_count: (customers ?? []).filter(Boolean).length,
    login,
    sales: salesOf(sales, id),
  }
}

/** A page of the employee's customers (by last name), each with lifetime spend. */
export async function employeeCustomers(scope: MedusaContainer, id: string, page: { limit: number; offset: number }) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [e],
  } = await query.graph({ entity: "employee", fields: ["id", "customers.id"], filters: { id } })
  if (!e) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Employee with id: ${id} was not found`)
  const ids = ((e as any).customers ?? []).filter(Boolean).map((c: any) => c.id)
  if (!ids.length) return { customers: [], count: 0 }
  const customerModule = scope.resolve(Modules.CUSTOMER)
  const [customers, count] = await customerModule.listAndCountCustomers(
    { id: ids },
    { select: ["id", "email", "first_name", "last_name", "company_name", "phone"], order: { last_name: "ASC", first_name: "ASC", id: "ASC" }, skip: page.offset, take: page.limit }
  )
  const ownership: OwnershipModuleService = scope.resolve(OWNERSHIP_MODULE)
  const spend = await ownership.summarizeCustomersSpend(customers.map((c) => c.id))
  return {
    customers: customers.map((c) => ({
      ...c,
      spend: spend.filter((s) => s.customer_id === c.id).map(({ customer_id, ...s }) => s),
    })),
    count,
  }
}

/** The employee's sales totals and per year, net of cancellations and refunds. */
export async function employeeSales(scope: MedusaContainer, id: string) {
  const staff = scope.resolve("staff") as any
  const [e] = await staff.listEmployees({ id }, { select: ["id"] })
  if (!e) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Employee with id: ${id} was not found`)
  const ownership: OwnershipModuleService = scope.resolve(OWNERSHIP_MODULE)
  const [totals, byYear] = await Promise.all([ownership.summarizeRepSales([id]), ownership.summarizeRepSalesByYear(id)])
  return { totals: salesOf(totals, id), by_year: byYear.map(({ support_rep_id, ...r }) => r) }
}
