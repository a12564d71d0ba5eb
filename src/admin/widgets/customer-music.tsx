import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Label, Select, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { sdk } from "../lib/sdk"
import { date, errorMessage, money } from "../lib/staff-side/format"
import type { EmployeeRow, Money } from "../lib/staff-side/types"

type CustomerMusic = {
  support_rep: { id: string; name: string; title: string | null; email: string } | null
  owned: { tracks: number; albums: number }
  spend: Money[]
  library: {
    albums: { id: string; title: string; artist: string; owned_track_count: number; tracks: { id: string; name: string; purchased_at: string }[] }[]
    count: number
    limit: number
    offset: number
  }
}

const PAGE = 5
const NO_REP = "none"

/**
 * On a customer's page: their support rep (changeable), what they own and
 * what they spent (from the sales ledger, net of cancellations and refunds),
 * and a button that mails them fresh download links for their library.
 */
const CustomerMusicWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const queryClient = useQueryClient()
  const prompt = usePrompt()
  const [offset, setOffset] = useState(0)

  const music = useQuery({
    queryKey: ["customer-music", customer.id, offset],
    queryFn: () => sdk.client.fetch<CustomerMusic>(`/admin/music/customers/${customer.id}`, { query: { limit: PAGE, offset } }),
  })
  const employees = useQuery({
    queryKey: ["employees"],
    queryFn: () => sdk.client.fetch<{ employees: EmployeeRow[] }>("/admin/employees"),
  })

  const setRep = useMutation({
    mutationFn: (employee_id: string | null) =>
      sdk.client.fetch(`/admin/music/customers/${customer.id}/support-rep`, { method: "POST", body: { employee_id } }),
    onSuccess: (_data, employee_id) => {
      const name = employees.data?.employees.find((e) => e.id === employee_id)?.name
      toast.success(name ? `${name} is now the support rep` : "The customer has no support rep now")
      queryClient.invalidateQueries({ queryKey: ["customer-music", customer.id] })
      queryClient.invalidateQueries({ queryKey: ["employees"] })
    },
    onError: (e) => toast.error(errorMessage(e)),
  })

  const resend = useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ sent: { to: string; albums: number; tracks: number } }>(`/admin/music/customers/${customer.id}/resend-downloads`, {
        method: "POST",
      }),
    onSuccess: ({ sent }) => toast.success(`Sent links to ${sent.albums} album${sent.albums === 1 ? "" : "s"} (${sent.tracks} tracks) to ${sent.to}`),
    onError: (e) => toast.error(errorMessage(e)),
  })

  const confirmResend = async () => {
    const ok = await prompt({
      title: "Re-send download links?",
      description: `${customer.email} gets an email with a fresh download link for every album in their library.`,
      confirmText: "Send",
      cancelText: "Cancel",
    })
    if (ok) resend.mutate()
  }

  if (music.isLoading) {
    return (
      <Container className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">Loading music…</Text>
      </Container>
    )
  }
  if (music.error || !music.data) {
    return (
      <Container className="px-6 py-4">
        <Text className="text-ui-fg-error">Could not load the customer's music: {errorMessage(music.error)}</Text>
      </Container>
    )
  }
  const { support_rep, owned, spend, library } = music.data
  const net = spend.length ? spend.map((s) => money(s.net, s.currency_code)).join(" · ") : money(0, "usd")
  const reversed = spend.filter((s) => s.gross !== s.net)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Music</Heading>
          <Text size="small" className="text-ui-fg-subtle">Library, spend and support</Text>
        </div>
        <Button size="small" variant="secondary" onClick={confirmResend} isLoading={resend.isPending} disabled={!owned.tracks}>
          Re-send download links
        </Button>
      </div>

      <div className="grid grid-cols-2 gap-4 px-6 py-4">
        <div>
          <Label size="small" weight="plus" htmlFor="support-rep">Support rep</Label>
          <Select
            size="small"
            value={support_rep?.id ?? NO_REP}
            onValueChange={(v) => setRep.mutate(v === NO_REP ? null : v)}
            disabled={setRep.isPending || !employees.data}
          >
            <Select.Trigger id="support-rep" className="mt-1" aria-label="Support rep">
              <Select.Value placeholder="Choose an employee" />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={NO_REP}>No support rep</Select.Item>
              {(employees.data?.employees ?? []).map((e) => (
                <Select.Item key={e.id} value={e.id}>
                  {e.name}
                  {e.title ? ` · ${e.title}` : ""}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          {support_rep && (
            <Text size="xsmall" className="mt-1 text-ui-fg-subtle">
              <Link to={`/employees/${support_rep.id}`} className="text-ui-fg-interactive">{support_rep.email}</Link>
            </Text>
          )}
        </div>
        <div className="grid grid-cols-2 gap-4">
          <div>
            <Text size="small" weight="plus">Owns</Text>
            <Text size="small" className="text-ui-fg-subtle">
              {owned.tracks} track{owned.tracks === 1 ? "" : "s"} on {owned.albums} album{owned.albums === 1 ? "" : "s"}
            </Text>
          </div>
          <div>
            <Text size="small" weight="plus">Lifetime spend</Text>
            <Text size="small" className="text-ui-fg-subtle">{net}</Text>
            {reversed.map((s) => (
              <Text key={s.currency_code} size="xsmall" className="text-ui-fg-muted">
                {money(s.gross - s.net, s.currency_code)} refunded or canceled
              </Text>
            ))}
          </div>
        </div>
      </div>

      {library.count > 0 ? (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Album</Table.HeaderCell>
                <Table.HeaderCell>Artist</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Tracks owned</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Bought</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {library.albums.map((a) => (
                <Table.Row key={a.id} title={a.tracks.map((t) => t.name).join(", ")}>
                  <Table.Cell>{a.title}</Table.Cell>
                  <Table.Cell>{a.artist}</Table.Cell>
                  <Table.Cell className="text-right">{a.owned_track_count}</Table.Cell>
                  <Table.Cell className="text-right">{date(a.tracks.map((t) => t.purchased_at).sort()[0])}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination
            count={library.count}
            pageSize={PAGE}
            pageIndex={Math.floor(offset / PAGE)}
            pageCount={Math.ceil(library.count / PAGE)}
            canPreviousPage={offset > 0}
            canNextPage={offset + PAGE < library.count}
            previousPage={() => setOffset(Math.max(0, offset - PAGE))}
            nextPage={() => setOffset(offset + PAGE)}
          />
        </>
      ) : (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">This customer owns no music yet.</Text>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerMusicWidget
