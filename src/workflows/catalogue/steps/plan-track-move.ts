import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { storedPrices, type StoredPrice } from "../utils/base-prices"

export type TrackMove = {
  track_id: string
  name: string
  from_album_id: string
  to_album_id: string
  from_product_id: string | null
  to_product_id: string
  /** The variant selling the track on its old album's product, and its own value of the Format option there. */
  old_variant_id: string | null
  old_option_values: { id: string; option_id: string }[]
  /** Its place on the new album, and whether it simply goes last. */
  track_number: number
  appended: boolean
  /** Its place on the old album, whose later tracks move up. */
  from_track_number: number
  /** The track's prices, carried to its new variant. */
  prices: StoredPrice[]
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Reads and checks a track's move to another album (read only: nothing to undo). */
export const planTrackMoveStep = createStep(
  "plan-track-move",
  async (input: { id: string; album_id: string; track_number?: number }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [track],
    } = await query.graph({
      entity: "track",
      fields: [
        "id", "name", "album_id", "track_number", "price_set_id",
        "product_variant.id", "product_variant.product_id", "product_variant.options.id", "product_variant.options.option_id",
      ],
      filters: { id: input.id },
    })
    if (!track) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Track with id: ${input.id} was not found`)
    const t = track as any
    if (t.album_id === input.album_id) throw invalid("album_id: the track is already on this album.")
    const {
      data: [album],
    } = await query.graph({ entity: "album", fields: ["id", "product.id", "tracks.track_number"], filters: { id: input.album_id } })
    if (!album) throw invalid(`album_id: no album has the id ${input.album_id}.`)
    const a = album as any
    if (!a.product?.id) throw invalid("album_id: that album has no product to sell the track; it cannot take tracks.")
    const last = Math.max(0, ...(a.tracks ?? []).filter(Boolean).map((x: any) => x.track_number as number))
    if (input.track_number !== undefined && input.track_number > last + 1) {
      throw invalid(`track_number: the album has ${last} track${last === 1 ? "" : "s"}; choose a place from 1 to ${last + 1}.`)
    }
    const prices = t.price_set_id ? (await storedPrices(container, [t.price_set_id])).get(t.price_set_id) ?? [] : []
    const variant = t.product_variant
    return new StepResponse<TrackMove>({
      track_id: t.id,
      name: t.name,
      from_album_id: t.album_id,
      to_album_id: a.id,
      from_product_id: variant?.product_id ?? null,
      to_product_id: a.product.id,
      old_variant_id: variant?.id ?? null,
      old_option_values: (variant?.options ?? []).filter(Boolean).map((o: any) => ({ id: o.id as string, option_id: o.option_id as string })),
      track_number: input.track_number ?? last + 1,
      appended: input.track_number === undefined || input.track_number === last + 1,
      from_track_number: t.track_number,
      prices,
    })
  }
)
