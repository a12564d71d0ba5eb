import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAlbumsWorkflow } from "../music/create-albums"
import { checkReferencesStep, type Reference } from "./steps/check-references"

export type CatalogueTrackInput = {
  name: string
  composer?: string | null
  milliseconds: number
  bytes?: number | null
  genre_id?: string | null
  media_type_id?: string | null
  /** The track's price in the store's currency. */
  price: number
}

export type CreateCatalogueAlbumInput = {
  title: string
  artist_id: string
  cover_url?: string | null
  /** The full album's price; defaults to the store's album rule (80% of its tracks, to .99). */
  price?: number
  /** "draft" keeps it out of the store until published. */
  status: "published" | "draft"
  tracks: CatalogueTrackInput[]
  currency_code: string
}

/**
 * A staff-made album: the import's createAlbumsWorkflow makes the album and
 * its tracks, the Medusa product in the store's default sales channel with a
 * variant per track and one for the full album, priced, linked, with a
 * generated cover when none is given, and the store's read model; each part
 * compensates. The ids the album names are checked first.
 */
export const createCatalogueAlbumWorkflow = createWorkflow("create-catalogue-album", (input: CreateCatalogueAlbumInput) => {
  checkReferencesStep(
    transform({ input }, ({ input }): Reference[] => [
      { field: "artist_id", kind: "artist", id: input.artist_id },
      ...input.tracks.flatMap((t, i): Reference[] => [
        ...(t.genre_id ? [{ field: `tracks.${i}.genre_id`, kind: "genre" as const, id: t.genre_id }] : []),
        ...(t.media_type_id ? [{ field: `tracks.${i}.media_type_id`, kind: "media_type" as const, id: t.media_type_id }] : []),
      ]),
    ])
  )
  const albumsInput = transform({ input }, ({ input }) => ({
    currency_code: input.currency_code,
    status: input.status,
    albums: [
      {
        title: input.title,
        artist_id: input.artist_id,
        cover_url: input.cover_url ?? null,
        album_price: input.price,
        tracks: input.tracks.map((t, n) => ({
          name: t.name,
          composer: t.composer ?? null,
          milliseconds: t.milliseconds,
          bytes: t.bytes ?? null,
          unit_price: t.price,
          track_number: n + 1,
          genre_id: t.genre_id ?? null,
          media_type_id: t.media_type_id ?? null,
        })),
      },
    ],
  }))
  const sold = createAlbumsWorkflow.runAsStep({ input: albumsInput })
  return new WorkflowResponse(transform({ sold }, ({ sold }) => ({ id: sold[0].id, product_id: sold[0].product_id })))
})
