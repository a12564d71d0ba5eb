import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { addAlbumTracksWorkflow } from "../music/add-album-tracks"
import { checkReferencesStep, type Reference } from "./steps/check-references"
import { resyncOnRollbackStep } from "./steps/resync-on-rollback"
import type { CatalogueTrackInput } from "./create-album"
import { syncAlbumProduct } from "./utils/album-product"

export type AddCatalogueTrackInput = CatalogueTrackInput & {
  album_id: string
  /** Defaults to after the album's last track. */
  track_number?: number
  currency_code: string
}

const albumOfStep = createStep("load-track-album", async (input: { albums: any[] }) => {
  const album = input.albums[0]
  // The album's existence was checked with the other references.
  if (!album?.product?.id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "album_id: the album has no product to sell the track; it cannot take tracks")
  }
  return new StepResponse(album)
})

/**
 * Adds a track to an album on sale: the import's addAlbumTracksWorkflow
 * makes the track, its option value and priced variant on the album's
 * product, the link and the store's read model; the product joins the
 * track's genre's category. Each part compensates.
 */
export const addCatalogueTrackWorkflow = createWorkflow("add-catalogue-track", (input: AddCatalogueTrackInput) => {
  checkReferencesStep(
    transform({ input }, ({ input }): Reference[] => [
      { field: "album_id", kind: "album", id: input.album_id },
      ...(input.genre_id ? [{ field: "genre_id", kind: "genre" as const, id: input.genre_id }] : []),
      ...(input.media_type_id ? [{ field: "media_type_id", kind: "media_type" as const, id: input.media_type_id }] : []),
    ])
  )
  const { data: albums } = useQueryGraphStep({
    entity: "album",
    fields: ["id", "product.id", "tracks.track_number"],
    filters: { id: input.album_id },
  }).config({ name: "add-track-album" })
  const album = albumOfStep(transform({ albums }, ({ albums }) => ({ albums })))
  resyncOnRollbackStep(transform({ album }, ({ album }) => ({ product_ids: [album.product.id as string] })))

  const tracksInput = transform({ input, album }, ({ input, album }) => {
    const last = Math.max(0, ...(album.tracks ?? []).filter(Boolean).map((t: any) => t.track_number))
    return {
      album_id: input.album_id,
      product_id: album.product.id as string,
      currency_code: input.currency_code,
      tracks: [
        {
          name: input.name,
          composer: input.composer ?? null,
          milliseconds: input.milliseconds,
          bytes: input.bytes ?? null,
          unit_price: input.price,
          track_number: input.track_number ?? last + 1,
          genre_id: input.genre_id ?? null,
          media_type_id: input.media_type_id ?? null,
        },
      ],
    }
  })
  const added = addAlbumTracksWorkflow.runAsStep({ input: tracksInput })
  syncAlbumProduct(transform({ input, added }, ({ input }) => ({ album_id: input.album_id })), "add-track-product")
  return new WorkflowResponse(transform({ added }, ({ added }) => ({ id: added.tracks[0].id, variant_id: added.variants[0].id })))
})
