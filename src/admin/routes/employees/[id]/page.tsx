import { Badge, Button, Container, Heading, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { sdk } from "../../../lib/sdk"
import { DeleteEmployeeButton } from "../../../lib/staff-side/delete-employee"
import { EmployeeFormDrawer } from "../../../lib/staff-side/employee-form"
import { date, errorMessage, money, moneyList } from "../../../lib/staff-side/format"
import type { EmployeeDetail, EmployeeRow, Money } from "../../../lib/staff-side/types"

type Sales = { totals: (Money & { customers: number })[]; by_year: { year: number; currency_code: string; orders: number; net: number }[] }
type Customers = {
  customers: { id: string; email: string; first_name: string | null; last_name: string | null; company_name: string | null; spend: Money[] }[]
  count: number
}

const PAGE = 10

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="grid grid-cols-2 items-center px-6 py-3">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">{label}</Text>
    <Text size="small">{children}</Text>
  </div>
)

/** The staff login: linked, found by address, invited, or none (with the invite action). */
function LoginSection({ employee }: { employee: EmployeeDetail }) {
  const queryClient = useQueryClient()
  const prompt = usePrompt()
  const invite = useMutation({
    mutationFn: () => sdk.client.fetch<{ action: string; email: string }>(`/admin/employees/${employee.id}/invite`, { method: "POST" }),
    onSuccess: (r) => {
      toast.success(r.action === "linked" ? "Their existing staff login is now linked" : `Invite ${r.action === "resent" ? "sent again" : "sent"} to ${r.email}`)
      queryClient.invalidateQueries({ queryKey: ["employee", employee.id] })
      queryClient.invalidateQueries({ queryKey: ["employees"] })
    },
    onError: (e) => toast.error(errorMessage(e)),
  })
  const { login } = employee
  const ask = async () => {
    const ok = await prompt({
      title: login.invite ? "Send the invite again?" : "Invite to the admin?",
      description: `${employee.email} gets an email with a link to set a password and sign in to the admin.`,
      confirmText: "Send invite",
      cancelText: "Cancel",
    })
    if (ok) invite.mutate()
  }
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Staff login</Heading>
        {!login.linked && (
          <Button size="small" variant="secondary" onClick={ask} isLoading={invite.isPending}>
            {login.user ? "Link login" : login.invite ? "Resend invite" : "Invite"}
          </Button>
        )}
      </div>
      <div className="px-6 py-4">
        {login.linked && login.user ? (
          <Text size="small"><Badge size="2xsmall" color="green">Linked</Badge> Signs in as {login.user.email}</Text>
        ) : login.user ? (
          <Text size="small"><Badge size="2xsmall" color="orange">Not linked</Badge> A staff user with this address exists ({login.user.email})</Text>
        ) : login.invite ? (
          <Text size="small">
            <Badge size="2xsmall" color={login.invite.expired ? "red" : "blue"}>{login.invite.expired ? "Invite expired" : "Invited"}</Badge>{" "}
            {login.invite.expired ? "expired" : "valid until"} {date(login.invite.expires_at)}
          </Text>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">No staff login. Invite them to give them one.</Text>
        )}
      </div>
    </Container>
  )
}

/** An employee: details (editable), place in the hierarchy, staff login, sales and customers. */
const EmployeePage = () => {
  const { id } = useParams()
  const queryClient = useQueryClient()
  const [editing, setEditing] = useState(false)
  const [formError, setFormError] = useState<string | null>(null)
  const [offset, setOffset] = useState(0)

  const employee = useQuery({
    queryKey: ["employee", id],
    queryFn: () => sdk.client.fetch<{ employee: EmployeeDetail }>(`/admin/employees/${id}`),
  })
  const employees = useQuery({ queryKey: ["employees"], queryFn: () => sdk.client.fetch<{ employees: EmployeeRow[] }>("/admin/employees") })
  const sales = useQuery({ queryKey: ["employee-sales", id], queryFn: () => sdk.client.fetch<Sales>(`/admin/employees/${id}/sales`) })
  const customers = useQuery({
    queryKey: ["employee-customers", id, offset],
    queryFn: () => sdk.client.fetch<Customers>(`/admin/employees/${id}/customers`, { query: { limit: PAGE, offset } }),
    placeholderData: keepPreviousData,
  })
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => sdk.client.fetch<{ employee: EmployeeDetail }>(`/admin/employees/${id}`, { method: "POST", body }),
    onSuccess: (data) => {
      queryClient.setQueryData(["employee", id], data)
      queryClient.invalidateQueries({ queryKey: ["employees"] })
      setEditing(false)
      toast.success("Saved")
    },
    onError: (e) => setFormError(errorMessage(e)),
  })

  if (employee.isLoading) return <Container className="px-6 py-4"><Text>Loading…</Text></Container>
  if (employee.error || !employee.data) {
    return (
      <Container className="px-6 py-4">
        <Text className="text-ui-fg-error">Could not load the employee: {errorMessage(employee.error)}</Text>
        <Link to="/employees" className="txt-compact-small text-ui-fg-interactive">Back to employees</Link>
      </Container>
    )
  }
  const e = employee.data.employee

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Link to="/employees" className="txt-compact-small text-ui-fg-subtle">← Employees</Link>
            <Heading>{e.name}</Heading>
            <Text size="small" className="text-ui-fg-subtle">{e.title ?? "No title"}</Text>
          </div>
          <div className="flex items-center gap-x-2">
            <Button size="small" variant="secondary" onClick={() => { setFormError(null); setEditing(true) }}>Edit</Button>
            <DeleteEmployeeButton employee={e} />
          </div>
        </div>
        <Row label="Email">{e.email}</Row>
        <Row label="Reports to">{e.manager ? <Link className="text-ui-fg-interactive" to={`/employees/${e.manager.id}`}>{e.manager.name}</Link> : "Nobody"}</Row>
        <Row label="Direct reports">
          {e.reports.length
            ? e.reports.map((r, i) => (
                <span key={r.id}>
                  {i > 0 && ", "}
                  <Link className="text-ui-fg-interactive" to={`/employees/${r.id}`}>{r.name}</Link>
                </span>
              ))
            : "None"}
        </Row>
        <Row label="Phone">{e.phone ?? "—"}</Row>
        <Row label="Location">{[e.city, e.state, e.country].filter(Boolean).join(", ") || "—"}</Row>
        <Row label="Hired">{date(e.hire_date)}</Row>
      </Container>

      <LoginSection employee={e} />

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Sales</Heading>
          <Text size="small" className="text-ui-fg-subtle">What their customers bought while they were the rep, net of refunds and cancellations</Text>
        </div>
        {sales.data?.totals.length ? (
          <>
            {sales.data.totals.map((t) => (
              <Row key={t.currency_code} label={`Total (${t.currency_code.toUpperCase()})`}>
                {money(t.net, t.currency_code)} · {t.orders} orders from {t.customers} customers
              </Row>
            ))}
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Year</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Sales</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {sales.data.by_year.map((y) => (
                  <Table.Row key={`${y.year}-${y.currency_code}`}>
                    <Table.Cell>{y.year}</Table.Cell>
                    <Table.Cell className="text-right">{y.orders}</Table.Cell>
                    <Table.Cell className="text-right">{money(y.net, y.currency_code)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </>
        ) : (
          <Text size="small" className="px-6 py-4 text-ui-fg-subtle">{sales.isLoading ? "Loading…" : "No sales."}</Text>
        )}
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Customers</Heading>
          <Text size="small" className="text-ui-fg-subtle">{e.customer_count} customer{e.customer_count === 1 ? "" : "s"} with {e.first_name} as support rep</Text>
        </div>
        {customers.data?.customers.length ? (
          <>
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Name</Table.HeaderCell>
                  <Table.HeaderCell>Email</Table.HeaderCell>
                  <Table.HeaderCell>Company</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Lifetime spend</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {customers.data.customers.map((c) => (
                  <Table.Row key={c.id}>
                    <Table.Cell>
                      <Link className="text-ui-fg-interactive" to={`/customers/${c.id}`}>
                        {[c.first_name, c.last_name].filter(Boolean).join(" ") || c.email}
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{c.email}</Table.Cell>
                    <Table.Cell>{c.company_name ?? "—"}</Table.Cell>
                    <Table.Cell className="text-right">{moneyList(c.spend)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
            <Table.Pagination
              count={customers.data.count}
              pageSize={PAGE}
              pageIndex={Math.floor(offset / PAGE)}
              pageCount={Math.ceil(customers.data.count / PAGE)}
              canPreviousPage={offset > 0}
              canNextPage={offset + PAGE < customers.data.count}
              previousPage={() => setOffset(Math.max(0, offset - PAGE))}
              nextPage={() => setOffset(offset + PAGE)}
            />
          </>
        ) : (
          <Text size="small" className="px-6 py-4 text-ui-fg-subtle">{customers.isLoading ? "Loading…" : "No customers."}</Text>
        )}
      </Container>

      <EmployeeFormDrawer
        open={editing}
        onOpenChange={setEditing}
        employee={e}
        employees={employees.data?.employees ?? []}
        onSubmit={(body) => { setFormError(null); save.mutate(body) }}
        submitting={save.isPending}
        error={formError}
      />
    </div>
  )
}

export default EmployeePage
