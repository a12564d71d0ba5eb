import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../../modules/staff"
import type StaffModuleService from "../../modules/staff/service"
import type {
  AdminSupportRequestSummary, AdminSupportRequestView, SupportRequestSummary, SupportRequestView, SupportStatus,
} from "../../types/store-api/support"

/*
 * Reading support requests for the store and admin routes. Both read
 * through the staff module's service and Query (the read-only links give a
 * request its customer and order); a customer's reads are always filtered
 * by their id, so another customer's request is "not found".
 */

export type {
  AdminSupportRequestSummary, AdminSupportRequestView, SupportReplyView, SupportRequestSummary, SupportRequestView, SupportStatus,
} from "../../types/store-api/support"

const iso = (d: unknown) => new Date(d as any).toISOString()
const name = (e: any) => (e ? `${e.first_name} ${e.last_name}`.trim() : null)

type ListFilter = {
  customer_id?: string
  status?: SupportStatus[]
  assignee_id?: string | null
  q?: string
}

/**
 * The request filter for a list: status, assignee (null: nobody), customer,
 * and `q` over subject, message, the request number ("12" or "#12") and the
 * customer's name or email.
 */
async function listFilters(scope: MedusaContainer, f: ListFilter) {
  const where: Record<string, unknown> = {}
  if (f.customer_id) where.customer_id = f.customer_id
  if (f.status?.length) where.status = f.status
  if (f.assignee_id !== undefined) where.assignee_id = f.assignee_id
  const q = f.q?.trim()
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    const or: Record<string, unknown>[] = [{ subject: { $ilike: like } }, { message: { $ilike: like } }]
    const number = /^#?(\d{1,9})$/.exec(q)
    if (number) or.push({ number: Number(number[1]) })
    if (!f.customer_id) {
      const customers = scope.resolve(Modules.CUSTOMER)
      const found = await customers.listCustomers({ q } as any, { select: ["id"], take: 500 })
      if (found.length) or.push({ customer_id: found.map((c) => c.id) })
    }
    where.$or = or
  }
  return where
}

/** Reply counts and who wrote last, for a page of requests. */
async function threadFacts(staff: StaffModuleService, ids: string[]) {
  const replies = ids.length
    ? await staff.listSupportReplies({ request_id: ids }, { select: ["request_id", "author_type", "created_at"], take: null, order: { created_at: "ASC" } })
    : []
  const facts = new Map<string, { count: number; last: "staff" | "customer" }>()
  for (const r of replies as any[]) {
    const f = facts.get(r.request_id) ?? { count: 0, last: "customer" as const }
    facts.set(r.request_id, { count: f.count + 1, last: r.author_type })
  }
  return facts
}

export async function listSupportRequests(
  scope: MedusaContainer,
  filter: ListFilter,
  page: { limit: number; offset: number },
  { admin = false } = {}
): Promise<{ requests: (SupportRequestSummary | AdminSupportRequestSummary)[]; count: number }> {
  const staff: StaffModuleService = scope.resolve(STAFF_MODULE)
  const where = await listFilters(scope, filter)
  const [rows, count] = await staff.listAndCountSupportRequests(where as any, {
    select: ["id", "number", "subject", "status", "order_id", "customer_id", "assignee_id", "created_at", "last_message_at"],
    relations: ["assignee"],
    order: { last_message_at: "DESC", id: "DESC" },
    skip: page.offset,
    take: page.limit,
  })
  const ids = rows.map((r) => r.id)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const orderIds = [...new Set(rows.map((r: any) => r.order_id).filter(Boolean))]
  const customerIds = admin ? [...new Set(rows.map((r: any) => r.customer_id))] : []
  const [facts, orders, customers] = await Promise.all([
    threadFacts(staff, ids),
    orderIds.length ? query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } }) : { data: [] },
    customerIds.length
      ? query.graph({ entity: "customer", fields: ["id", "email", "first_name", "last_name"], filters: { id: customerIds } })
      : { data: [] },
  ])
  const orderBy = new Map((orders.data as any[]).map((o) => [o.id, o]))
  const customerBy = new Map((customers.data as any[]).map((c) => [c.id, c]))
  const requests = rows.map((r: any) => {
    const f = facts.get(r.id)
    const summary: SupportRequestSummary = {
      id: r.id,
      number: r.number,
      subject: r.subject,
      status: r.status,
      order: r.order_id ? { id: r.order_id, display_id: orderBy.get(r.order_id)?.display_id ?? null } : null,
      assignee: r.assignee ? { id: r.assignee.id, name: name(r.assignee)! } : null,
      reply_count: f?.count ?? 0,
      last_author: f?.last ?? "customer",
      created_at: iso(r.created_at),
      last_message_at: iso(r.last_message_at),
    }
    if (!admin) return summary
    const c = customerBy.get(r.customer_id)
    return {
      ...summary,
      customer: c ? { id: c.id, email: c.email ?? null, first_name: c.first_name ?? null, last_name: c.last_name ?? null } : null,
    }
  })
  return { requests, count }
}

/** One request with its thread; 404 when it does not exist or (for a customer) is not theirs. */
export async function getSupportRequest(
  scope: MedusaContainer,
  id: string,
  { customer_id, admin = false }: { customer_id?: string; admin?: boolean }
): Promise<SupportRequestView | AdminSupportRequestView> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [r],
  } = await query.graph({
    entity: "support_request",
    fields: [
      "id", "number", "subject", "message", "status", "order_id", "customer_id", "created_at", "last_message_at",
      "assignee.id", "assignee.first_name", "assignee.last_name",
      "replies.id", "replies.author_type", "replies.author_id", "replies.author_name", "replies.body", "replies.created_at",
      "order.id", "order.display_id",
      ...(admin ? ["customer.id", "customer.email", "customer.first_name", "customer.last_name"] : []),
    ],
    filters: { id, ...(customer_id ? { customer_id } : {}) },
  })
  if (!r) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Support request with id: ${id} was not found`)
  const replies = [...((r as any).replies ?? [])]
    .filter(Boolean)
    .sort((a: any, b: any) => +new Date(a.created_at) - +new Date(b.created_at) || String(a.id).localeCompare(String(b.id)))
  const a: any = r
  const view: SupportRequestView = {
    id: a.id,
    number: a.number,
    subject: a.subject,
    message: a.message,
    status: a.status,
    order: a.order_id ? { id: a.order_id, display_id: a.order?.display_id ?? null } : null,
    assignee: a.assignee ? { id: a.assignee.id, name: name(a.assignee)! } : null,
    reply_count: replies.length,
    last_author: replies.length ? replies[replies.length - 1].author_type : "customer",
    created_at: iso(a.created_at),
    last_message_at: iso(a.last_message_at),
    replies: replies.map((x: any) => ({
      id: x.id,
      author_type: x.author_type,
      author_name: x.author_name ?? null,
      body: x.body,
      created_at: iso(x.created_at),
      ...(admin ? { author_id: x.author_id } : {}),
    })),
  }
  if (!admin) return view
  const c = a.customer
  return {
    ...(view as AdminSupportRequestView),
    customer: c ? { id: c.id, email: c.email ?? null, first_name: c.first_name ?? null, last_name: c.last_name ?? null } : null,
  }
}

/** How a staff member signs a reply: their employee name, else their user name or address. */
export async function staffAuthorName(scope: MedusaContainer, userId: string): Promise<string | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [user],
  } = await query.graph({ entity: "user", fields: ["id", "email", "first_name", "last_name", "employee.first_name", "employee.last_name"], filters: { id: userId } })
  if (!user) return null
  const u: any = user
  return name(u.employee) || [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email || null
}

/** How a customer signs a message. */
export async function customerAuthorName(scope: MedusaContainer, customerId: string): Promise<string | null> {
  const customers = scope.resolve(Modules.CUSTOMER)
  const [c] = await customers.listCustomers({ id: customerId }, { select: ["first_name", "last_name", "email"] })
  if (!c) return null
  return [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email || null
}
