import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { sdk } from "../../lib/sdk"
import { EmployeeFormDrawer } from "../../lib/staff-side/employee-form"
import { errorMessage, moneyList } from "../../lib/staff-side/format"
import type { EmployeeDetail, EmployeeRow } from "../../lib/staff-side/types"

type Node = EmployeeRow & { children: Node[] }

/** The reports-to tree; employees whose manager is gone are shown at the top. */
function buildTree(employees: EmployeeRow[]): Node[] {
  const nodes = new Map(employees.map((e) => [e.id, { ...e, children: [] as Node[] }]))
  const roots: Node[] = []
  for (const n of nodes.values()) {
    const parent = n.reports_to ? nodes.get(n.reports_to) : undefined
    if (parent) parent.children.push(n)
    else roots.push(n)
  }
  return roots
}

const Branch = ({ node, depth }: { node: Node; depth: number }) => (
  <li>
    <Link
      to={`/employees/${node.id}`}
      className="flex items-center justify-between gap-4 rounded-md px-3 py-2 hover:bg-ui-bg-base-hover"
      style={{ marginLeft: depth * 24 }}
    >
      <div className="flex flex-col">
        <Text size="small" weight="plus">{node.name}</Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {node.title ?? "—"} · {node.email}
        </Text>
      </div>
      <div className="flex items-center gap-3">
        {node.customer_count > 0 && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {node.customer_count} customer{node.customer_count === 1 ? "" : "s"} · {moneyList(node.sales)}
          </Text>
        )}
        <Badge size="2xsmall" color={node.user_id ? "green" : "grey"}>{node.user_id ? "Staff login" : "No login"}</Badge>
      </div>
    </Link>
    {node.children.length > 0 && (
      <ul className="border-l border-ui-border-base" style={{ marginLeft: depth * 24 + 16 }}>
        {node.children.map((c) => (
          <Branch key={c.id} node={c} depth={0} />
        ))}
      </ul>
    )}
  </li>
)

/** Employees as their hierarchy, with each one's customers and sales; new employees are added here. */
const EmployeesPage = () => {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [creating, setCreating] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const { data, isLoading, error: loadError } = useQuery({
    queryKey: ["employees"],
    queryFn: () => sdk.client.fetch<{ employees: EmployeeRow[] }>("/admin/employees"),
  })
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sdk.client.fetch<{ employee: EmployeeDetail }>("/admin/employees", { method: "POST", body }),
    onSuccess: ({ employee }) => {
      queryClient.invalidateQueries({ queryKey: ["employees"] })
      setCreating(false)
      toast.success(`${employee.name} added`)
      navigate(`/employees/${employee.id}`)
    },
    onError: (e) => setError(errorMessage(e)),
  })

  const employees = data?.employees ?? []
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Employees</Heading>
          <Text size="small" className="text-ui-fg-subtle">Who reports to whom, their customers and sales</Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => { setError(null); setCreating(true) }}>
          Create
        </Button>
      </div>
      <div className="px-3 py-3">
        {isLoading && <Text className="px-3">Loading…</Text>}
        {loadError && <Text className="px-3 text-ui-fg-error">Could not load employees: {errorMessage(loadError)}</Text>}
        {!isLoading && !employees.length && !loadError && <Text className="px-3 text-ui-fg-subtle">No employees yet.</Text>}
        <ul aria-label="Employee hierarchy">
          {buildTree(employees).map((n) => (
            <Branch key={n.id} node={n} depth={0} />
          ))}
        </ul>
      </div>
      <EmployeeFormDrawer
        open={creating}
        onOpenChange={setCreating}
        employees={employees}
        onSubmit={(body) => { setError(null); create.mutate(body) }}
        submitting={create.isPending}
        error={error}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Employees",
  icon: Users,
})

export default EmployeesPage
