import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** What a list of albums shows of each: title, cover, artist and the handle to link to. */
export type AlbumCard = {
  id: string
  title: string
  cover_url: string | null
  handle: string | null
  artist: { id: string; name: string }
}

/** Album cards for these ids, in the order given; unknown ids are left out. */
export async function albumCards(scope: MedusaContainer, albumIds: string[]): Promise<AlbumCard[]> {
  if (!albumIds.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "album",
    fields: ["id", "title", "cover_url", "product.handle", "artist.id", "artist.name"],
    filters: { id: albumIds },
  })
  const byId = new Map(
    data.map((a: any) => [
      a.id,
      { id: a.id, title: a.title, cover_url: a.cover_url, handle: a.product?.handle ?? null, artist: { id: a.artist.id, name: a.artist.name } },
    ])
  )
  return albumIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
}

/** Tracks for these ids with their album card, in the order given. */
export async function trackCards(scope: MedusaContainer, trackIds: string[]) {
  if (!trackIds.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "track",
    fields: [
      "id", "name", "milliseconds", "product_variant.id",
      "album.id", "album.title", "album.cover_url", "album.product.handle", "album.artist.id", "album.artist.name",
    ],
    filters: { id: trackIds },
  })
  const byId = new Map(
    data.map((t: any) => [
      t.id,
      {
        id: t.id,
        name: t.name,
        milliseconds: t.milliseconds,
        variant_id: t.product_variant?.id ?? null,
        album: { id: t.album.id, title: t.album.title, cover_url: t.album.cover_url, handle: t.album.product?.handle ?? null },
        artist: { id: t.album.artist.id, name: t.album.artist.name },
      },
    ])
  )
  return trackIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
}
