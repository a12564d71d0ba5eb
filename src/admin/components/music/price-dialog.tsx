import { Button, FocusModal, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { formatMoney, messageOf, musicApi, type PriceChangeRequest, type PricePlan } from "./api"
import { ChoiceSelect, RecordPicker } from "./record-picker"
import { useChoices } from "./use-music-list"

type Scope = PriceChangeRequest["scope"]

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The scope the dialog opens with (an album's page: that album). */
  scope?: Scope
  /** Names of the preset artist or album, for their pickers. */
  names?: { artist?: string; album?: string }
}

const SHOWN = 200

/**
 * A bulk price change: choose what (a genre, media type, artist or album;
 * tracks, full albums or both) and how (set, percent, amount), preview every
 * variant it changes with its old and new price, then apply exactly that.
 */
export const PriceDialog = ({ open, onOpenChange, scope: initial, names }: Props) => {
  const queryClient = useQueryClient()
  const genres = useChoices("genres")
  const mediaTypes = useChoices("media-types")
  const [scope, setScope] = useState<Scope>(initial ?? {})
  const [targets, setTargets] = useState<PriceChangeRequest["targets"]>("tracks")
  const [mode, setMode] = useState<PriceChangeRequest["change"]["mode"]>("percent")
  const [value, setValue] = useState("")
  const [plan, setPlan] = useState<PricePlan | null>(null)
  useEffect(() => {
    if (open) { setScope(initial ?? {}); setPlan(null); setValue("") }
  // Reset when it opens, not when the page behind it re-renders.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])

  const request = (): PriceChangeRequest => ({ scope, targets, change: { mode, value: Number(value) } })
  const changeScope = (change: Scope) => { setScope((s) => ({ ...s, ...change })); setPlan(null) }
  const ready = Object.values(scope).some(Boolean) && value.trim() !== "" && Number.isFinite(Number(value))

  const preview = useMutation({
    mutationFn: () => musicApi.post<PricePlan>("prices/preview", request()),
    onSuccess: setPlan,
    onError: (error) => toast.error(messageOf(error)),
  })
  const apply = useMutation({
    mutationFn: () => musicApi.post<PricePlan>("prices/apply", { ...request(), token: plan!.token }),
    onSuccess: (done) => {
      queryClient.invalidateQueries({ queryKey: ["music"] })
      toast.success(`${done.count} ${done.count === 1 ? "price" : "prices"} changed`)
      onOpenChange(false)
    },
    onError: (error) => {
      toast.error(messageOf(error))
      // Prices moved since the preview: show what would happen now.
      preview.mutate()
    },
  })

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Content>
        <FocusModal.Header>
          <Heading level="h1">Change prices</Heading>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-1 flex-col overflow-y-auto">
          <div className="mx-auto flex w-full max-w-[960px] flex-col gap-y-6 px-4 py-8">
            <div className="grid grid-cols-2 gap-4">
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="price-genre" size="small" weight="plus">Genre</Label>
                <ChoiceSelect id="price-genre" value={scope.genre_id} onChange={(v) => changeScope({ genre_id: v ?? undefined })} options={genres} placeholder="Any genre" />
              </div>
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="price-media" size="small" weight="plus">Media type</Label>
                <ChoiceSelect id="price-media" value={scope.media_type_id} onChange={(v) => changeScope({ media_type_id: v ?? undefined })} options={mediaTypes} placeholder="Any media type" />
              </div>
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="price-artist" size="small" weight="plus">Artist</Label>
                <RecordPicker id="price-artist" path="artists" allowNone value={scope.artist_id} onChange={(v) => changeScope({ artist_id: v })} current={scope.artist_id && names?.artist ? { id: scope.artist_id, name: names.artist } : null} placeholder="Any artist" />
              </div>
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="price-album" size="small" weight="plus">Album</Label>
                <RecordPicker id="price-album" path="albums" allowNone value={scope.album_id} onChange={(v) => changeScope({ album_id: v })} current={scope.album_id && names?.album ? { id: scope.album_id, name: names.album } : null} placeholder="Any album" />
              </div>
            </div>
            <div className="grid grid-cols-3 gap-4">
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="price-targets" size="small" weight="plus">Change the price of</Label>
                <Select value={targets} onValueChange={(v) => { setTargets(v as any); setPlan(null) }}>
                  <Select.Trigger id="price-targets"><Select.Value /></Select.Trigger>
                  <Select.Content>
                    <Select.Item value="tracks">Tracks</Select.Item>
                    <Select.Item value="albums">Full albums</Select.Item>
                    <Select.Item value="all">Tracks and full albums</Select.Item>
                  </Select.Content>
                </Select>
              </div>
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="price-mode" size="small" weight="plus">How</Label>
                <Select value={mode} onValueChange={(v) => { setMode(v as any); setPlan(null) }}>
                  <Select.Trigger id="price-mode"><Select.Value /></Select.Trigger>
                  <Select.Content>
                    <Select.Item value="set">Set to (USD)</Select.Item>
                    <Select.Item value="percent">Change by percent</Select.Item>
                    <Select.Item value="amount">Change by amount (USD)</Select.Item>
                  </Select.Content>
                </Select>
              </div>
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="price-value" size="small" weight="plus">{mode === "percent" ? "Percent (−100 to 1000)" : "Amount"}</Label>
                <Input id="price-value" type="number" step="0.01" value={value} onChange={(e) => { setValue(e.target.value); setPlan(null) }} placeholder={mode === "percent" ? "10" : "0.99"} />
              </div>
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              New prices are rounded to the cent and never go below 0. Price lists keep their own prices.
            </Text>
            {plan && (
              <div className="flex flex-col gap-y-2" aria-live="polite">
                <Heading level="h2">
                  {plan.count} {plan.count === 1 ? "price changes" : "prices change"}
                </Heading>
                <Text size="small" className="text-ui-fg-subtle">
                  {plan.unchanged_count} already at the new price
                  {plan.skipped.length ? `; ${plan.skipped.length} skipped (${plan.skipped[0].reason}${plan.skipped.length > 1 ? ", …" : ""})` : ""}.
                </Text>
                {plan.count > 0 && (
                  <Table>
                    <Table.Header>
                      <Table.Row>
                        <Table.HeaderCell>Track or album</Table.HeaderCell>
                        <Table.HeaderCell>Album</Table.HeaderCell>
                        <Table.HeaderCell>Artist</Table.HeaderCell>
                        <Table.HeaderCell className="text-right">Now</Table.HeaderCell>
                        <Table.HeaderCell className="text-right">New</Table.HeaderCell>
                      </Table.Row>
                    </Table.Header>
                    <Table.Body>
                      {plan.variants.slice(0, SHOWN).map((v) => (
                        <Table.Row key={v.variant_id}>
                          <Table.Cell>{v.kind === "album" ? `Full album: ${v.name}` : v.name}</Table.Cell>
                          <Table.Cell>{v.album_title}</Table.Cell>
                          <Table.Cell>{v.artist_name}</Table.Cell>
                          <Table.Cell className="text-right">{v.old_amount == null ? "—" : formatMoney({ amount: v.old_amount, currency_code: plan.currency_code })}</Table.Cell>
                          <Table.Cell className="text-right">{formatMoney({ amount: v.new_amount, currency_code: plan.currency_code })}</Table.Cell>
                        </Table.Row>
                      ))}
                    </Table.Body>
                  </Table>
                )}
                {plan.count > SHOWN && (
                  <Text size="small" className="text-ui-fg-subtle">and {plan.count - SHOWN} more.</Text>
                )}
              </div>
            )}
          </div>
        </FocusModal.Body>
        <FocusModal.Footer>
          <FocusModal.Close asChild>
            <Button variant="secondary" size="small">Cancel</Button>
          </FocusModal.Close>
          <Button size="small" variant="secondary" disabled={!ready} isLoading={preview.isPending} onClick={() => preview.mutate()}>
            Preview
          </Button>
          <Button size="small" disabled={!plan || plan.count === 0} isLoading={apply.isPending} onClick={() => apply.mutate()}>
            {plan ? `Apply to ${plan.count}` : "Apply"}
          </Button>
        </FocusModal.Footer>
      </FocusModal.Content>
    </FocusModal>
  )
}
