import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OWNERSHIP_MODULE } from "../../../../modules/ownership"
import type OwnershipModuleService from "../../../../modules/ownership/service"

import type { LibraryAlbum, LibraryTrack } from "../../../../types/store-api/library"

export type { LibraryAlbum, LibraryTrack }

/**
 * A page of a customer's library: owned albums, most recently bought first,
 * each with its owned tracks in running order and the (first) order that
 * bought each. A track deleted from the catalogue since is left out.
 */
export async function libraryPage(
  scope: MedusaContainer,
  customerId: string,
  page: { limit: number; offset: number }
): Promise<{ albums: LibraryAlbum[]; count: number }> {
  const ownership: OwnershipModuleService = scope.resolve(OWNERSHIP_MODULE)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { album_ids, count } = await ownership.listLibraryAlbumIds(customerId, page)
  if (!album_ids.length) return { albums: [], count }

  const rows = await ownership.listLibraryTracks(customerId, album_ids)
  const orderIds = [...new Set(rows.map((r) => r.order_id))]
  const [{ data: albums }, { data: orders }] = await Promise.all([
    query.graph({
      entity: "album",
      fields: [
        "id", "title", "cover_url", "artist.id", "artist.name", "product.handle", "product.thumbnail",
        "tracks.id", "tracks.name", "tracks.track_number", "tracks.milliseconds",
      ],
      filters: { id: album_ids },
    }),
    query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } }),
  ])
  const albumBy = new Map(albums.map((a: any) => [a.id, a]))
  const displayBy = new Map(orders.map((o: any) => [o.id, o.display_id ?? null]))
  const ownedBy = new Map(rows.map((r) => [r.track_id, r]))

  const result = album_ids.flatMap((id): LibraryAlbum[] => {
    const a: any = albumBy.get(id)
    if (!a) return []
    const tracks = (a.tracks ?? [])
      .filter((t: any) => t && ownedBy.has(t.id))
      .sort((x: any, y: any) => x.track_number - y.track_number)
      .map((t: any): LibraryTrack => {
        const owned = ownedBy.get(t.id)!
        return {
          id: t.id,
          name: t.name,
          track_number: t.track_number,
          milliseconds: t.milliseconds,
          purchased_at: new Date(owned.granted_at).toISOString(),
          order: { id: owned.order_id, display_id: displayBy.get(owned.order_id) ?? null },
        }
      })
    return [
      {
        id: a.id,
        title: a.title,
        handle: a.product?.handle ?? null,
        cover_url: a.cover_url ?? null,
        thumbnail: a.product?.thumbnail ?? null,
        artist: { id: a.artist.id, name: a.artist.name },
        owned_track_count: tracks.length,
        tracks,
      },
    ]
  })
  return { albums: result, count }
}
