import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createAlbumTracksStep } from "./steps/create-album-tracks"
import { createdTrack, type CreatedAlbum, type TrackInput } from "./steps/create-albums"
import { sellAlbums, type SellAlbumsOptions } from "./utils/sell-albums"

export type SellAlbumsWorkflowInput = SellAlbumsOptions & {
  /** Albums that exist in the music module but have no product, with any tracks they still lack. */
  albums: { id: string; tracks?: TrackInput[] }[]
}

/**
 * Puts albums that exist without a product on sale, as createAlbumsWorkflow
 * would have: what an import stopped between creating an album and its
 * product leaves behind. Adds the tracks given first.
 */
export const sellAlbumsWorkflow = createWorkflow("sell-albums", (input: SellAlbumsWorkflowInput) => {
  const tracksInput = transform({ input }, ({ input }) =>
    input.albums.filter((a) => a.tracks?.length).map((a) => ({ album_id: a.id, tracks: a.tracks! }))
  )
  const newTracks = createAlbumTracksStep(tracksInput)

  const ids = transform({ input, newTracks }, ({ input }) => input.albums.map((a) => a.id))
  const { data: rows } = useQueryGraphStep({
    entity: "album",
    fields: [
      "id", "title", "cover_url", "artist.id", "artist.name",
      "tracks.id", "tracks.name", "tracks.track_number", "tracks.unit_price", "tracks.milliseconds", "tracks.genre_id",
    ],
    filters: { id: ids },
  }).config({ name: "sell-albums-load" })

  const albums = transform({ rows, ids }, ({ rows, ids }): CreatedAlbum[] => {
    const byId = new Map(rows.map((a: any) => [a.id, a]))
    return ids.map((id) => {
      const a: any = byId.get(id)
      return {
        id: a.id,
        title: a.title,
        cover_url: a.cover_url ?? null,
        artist: { id: a.artist.id, name: a.artist.name },
        tracks: (a.tracks ?? [])
          .map(createdTrack)
          .sort((x: any, y: any) => x.track_number - y.track_number),
      }
    })
  })
  const options = transform({ input }, ({ input }) => ({
    currency_code: input.currency_code,
    sales_channel_id: input.sales_channel_id,
    album_prices: input.album_prices,
  }))
  return new WorkflowResponse(sellAlbums(albums, options))
})
