import { Badge, Button, Container, Heading, Label, Select, StatusBadge, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { sdk } from "../../../lib/sdk"
import { customerName, dateTime, errorMessage, STATUS_COLOR, STATUS_LABEL } from "../../../lib/staff-side/format"
import type { EmployeeRow, SupportRequestDetail, SupportStatus } from "../../../lib/staff-side/types"

const NOBODY = "none"
const MAX_REPLY = 5000

/** One message of the thread: the customer's on the left, staff's on the right. */
const Message = ({ from, name, at, body }: { from: "staff" | "customer"; name: string; at: string; body: string }) => (
  <div className={`flex ${from === "staff" ? "justify-end" : "justify-start"}`}>
    <div
      className={`max-w-[85%] rounded-lg px-4 py-3 shadow-elevation-card-rest ${
        from === "staff" ? "bg-ui-bg-highlight" : "bg-ui-bg-component"
      }`}
    >
      <div className="mb-1 flex items-center gap-2">
        <Text size="small" weight="plus">{name}</Text>
        <Badge size="2xsmall" color={from === "staff" ? "blue" : "grey"}>{from === "staff" ? "Staff" : "Customer"}</Badge>
        <Text size="xsmall" className="text-ui-fg-muted">{dateTime(at)}</Text>
      </div>
      <Text size="small" className="whitespace-pre-wrap break-words">{body}</Text>
    </div>
  </div>
)

/** A support request: its thread, a reply box, and status and assignee. */
const SupportRequestPage = () => {
  const { id } = useParams()
  const queryClient = useQueryClient()
  const [reply, setReply] = useState("")

  const request = useQuery({
    queryKey: ["support-request", id],
    queryFn: () => sdk.client.fetch<{ support_request: SupportRequestDetail }>(`/admin/support-requests/${id}`),
  })
  const employees = useQuery({
    queryKey: ["employees"],
    queryFn: () => sdk.client.fetch<{ employees: EmployeeRow[] }>("/admin/employees"),
  })

  const refresh = (data: { support_request: SupportRequestDetail }) => {
    queryClient.setQueryData(["support-request", id], data)
    queryClient.invalidateQueries({ queryKey: ["support-requests"] })
  }

  const update = useMutation({
    mutationFn: (body: { status?: SupportStatus; assignee_id?: string | null }) =>
      sdk.client.fetch<{ support_request: SupportRequestDetail }>(`/admin/support-requests/${id}`, { method: "POST", body }),
    onSuccess: (data) => {
      refresh(data)
      toast.success("Request updated")
    },
    onError: (e) => toast.error(errorMessage(e)),
  })

  const send = useMutation({
    mutationFn: (body: { body: string; status?: SupportStatus }) =>
      sdk.client.fetch<{ support_request: SupportRequestDetail }>(`/admin/support-requests/${id}/replies`, { method: "POST", body }),
    onSuccess: (data) => {
      refresh(data)
      setReply("")
      toast.success("Reply sent: the customer gets it by email")
    },
    onError: (e) => toast.error(errorMessage(e)),
  })

  if (request.isLoading) {
    return (
      <Container className="px-6 py-4">
        <Text>Loading…</Text>
      </Container>
    )
  }
  if (request.error || !request.data) {
    return (
      <Container className="px-6 py-4">
        <Text className="text-ui-fg-error">Could not load the request: {errorMessage(request.error)}</Text>
        <Link to="/support" className="txt-compact-small text-ui-fg-interactive">Back to the queue</Link>
      </Container>
    )
  }
  const r = request.data.support_request
  const text = reply.trim()

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col gap-2 px-6 py-4 md:flex-row md:items-start md:justify-between">
          <div>
            <Link to="/support" className="txt-compact-small text-ui-fg-subtle">← Support</Link>
            <Heading>{r.subject}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              #{r.number} · opened {dateTime(r.created_at)}
            </Text>
          </div>
          <StatusBadge color={STATUS_COLOR[r.status]}>{STATUS_LABEL[r.status]}</StatusBadge>
        </div>
        <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-4">
          <div>
            <Text size="small" weight="plus">Customer</Text>
            {r.customer ? (
              <Link to={`/customers/${r.customer.id}`} className="txt-compact-small text-ui-fg-interactive">
                {customerName(r.customer)}
              </Link>
            ) : (
              <Text size="small">—</Text>
            )}
            <Text size="xsmall" className="text-ui-fg-muted">{r.customer?.email}</Text>
          </div>
          <div>
            <Text size="small" weight="plus">Order</Text>
            {r.order ? (
              <Link to={`/orders/${r.order.id}`} className="txt-compact-small text-ui-fg-interactive">
                #{r.order.display_id ?? r.order.id}
              </Link>
            ) : (
              <Text size="small" className="text-ui-fg-subtle">None</Text>
            )}
          </div>
          <div>
            <Label size="small" weight="plus" htmlFor="request-status">Status</Label>
            <Select size="small" value={r.status} onValueChange={(v) => update.mutate({ status: v as SupportStatus })} disabled={update.isPending}>
              <Select.Trigger id="request-status" className="mt-1" aria-label="Status">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {(["open", "pending", "resolved"] as const).map((s) => (
                  <Select.Item key={s} value={s}>{STATUS_LABEL[s]}</Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div>
            <Label size="small" weight="plus" htmlFor="request-assignee">Assigned to</Label>
            <Select
              size="small"
              value={r.assignee?.id ?? NOBODY}
              onValueChange={(v) => update.mutate({ assignee_id: v === NOBODY ? null : v })}
              disabled={update.isPending || !employees.data}
            >
              <Select.Trigger id="request-assignee" className="mt-1" aria-label="Assigned to">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NOBODY}>Nobody</Select.Item>
                {(employees.data?.employees ?? []).map((e) => (
                  <Select.Item key={e.id} value={e.id}>{e.name}</Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </div>
      </Container>

      <Container className="flex flex-col gap-3 px-6 py-4">
        <Heading level="h2">Conversation</Heading>
        <Message from="customer" name={customerName(r.customer)} at={r.created_at} body={r.message} />
        {r.replies.map((m) => (
          <Message key={m.id} from={m.author_type} name={m.author_name ?? (m.author_type === "staff" ? "Staff" : "Customer")} at={m.created_at} body={m.body} />
        ))}
      </Container>

      <Container className="flex flex-col gap-2 px-6 py-4">
        <Label htmlFor="reply" weight="plus">Reply to the customer</Label>
        <Textarea
          id="reply"
          rows={5}
          value={reply}
          maxLength={MAX_REPLY}
          onChange={(e) => setReply(e.target.value)}
          placeholder="Your answer is emailed to the customer and shown in their account."
        />
        <div className="flex items-center justify-between">
          <Text size="xsmall" className="text-ui-fg-muted">{reply.length}/{MAX_REPLY}</Text>
          <div className="flex gap-2">
            <Button variant="secondary" size="small" disabled={!text || send.isPending} onClick={() => send.mutate({ body: text, status: "resolved" })}>
              Send and resolve
            </Button>
            <Button size="small" disabled={!text} isLoading={send.isPending} onClick={() => send.mutate({ body: text })}>
              Send reply
            </Button>
          </div>
        </div>
      </Container>
    </div>
  )
}

export default SupportRequestPage
