import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { clearCatalogueCache } from "../../../lib/catalogue-cache"
import { MUSIC_MODULE } from "../../../modules/music"
import type MusicModuleService from "../../../modules/music/service"
import { trackOptionValue } from "../../music/utils/album-product"
import type { TrackMove } from "./plan-track-move"

/** A track's number where it is shown: its record, its variant's rank, and its value of the Format option ("3. Name"). */
type Numbered = { id: string; track_number: number; name: string; variant_id: string | null; option_value_id: string | null }

async function albumTracks(container: any, album_id: string, from: number, skip: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "track",
    fields: ["id", "name", "track_number", "product_variant.id", "product_variant.options.id"],
    filters: { album_id, track_number: { $gte: from } },
  })
  return (data as any[])
    .filter((t) => t.id !== skip)
    .map<Numbered>((t) => ({
      id: t.id,
      name: t.name,
      track_number: t.track_number,
      variant_id: t.product_variant?.id ?? null,
      option_value_id: (t.product_variant?.options ?? []).filter(Boolean)[0]?.id ?? null,
    }))
}

async function renumber(container: any, tracks: Numbered[], number: (t: Numbered) => number) {
  if (!tracks.length) return
  const music: MusicModuleService = container.resolve(MUSIC_MODULE)
  const products = container.resolve(Modules.PRODUCT)
  await music.updateTracks(tracks.map((t) => ({ id: t.id, track_number: number(t) })) as any)
  for (const t of tracks) {
    if (t.variant_id) await products.updateProductVariants(t.variant_id, { variant_rank: number(t) })
    if (t.option_value_id) await products.updateProductOptionValues(t.option_value_id, { value: trackOptionValue({ track_number: number(t), name: t.name }) })
  }
}

/**
 * A move leaves no gap and no twin numbers: on the old album the tracks
 * after the moved one move up a place, and on the new album, when the track
 * goes to a chosen place, the tracks from there on move down one. Undone by
 * giving each its number back.
 */
export const renumberForMoveStep = createStep(
  "renumber-for-track-move",
  async (move: TrackMove, { container }) => {
    const closing = await albumTracks(container, move.from_album_id, move.from_track_number + 1, move.track_id)
    const opening = move.appended ? [] : await albumTracks(container, move.to_album_id, move.track_number, move.track_id)
    await renumber(container, closing, (t) => t.track_number - 1)
    await renumber(container, opening, (t) => t.track_number + 1)
    await clearCatalogueCache(container, [move.from_album_id, move.to_album_id])
    return new StepResponse(
      { closed: closing.length, opened: opening.length },
      { tracks: [...closing, ...opening], albums: [move.from_album_id, move.to_album_id] }
    )
  },
  async (undo, { container }) => {
    if (!undo?.tracks.length) return
    await renumber(container, undo.tracks, (t) => t.track_number)
    await clearCatalogueCache(container, undo.albums)
  }
)
