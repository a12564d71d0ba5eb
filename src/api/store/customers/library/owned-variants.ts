import type { MedusaContainer } from "@medusajs/framework/types"
import { MUSIC_MODULE } from "../../../../modules/music"
import type MusicModuleService from "../../../../modules/music/service"
import { OWNERSHIP_MODULE } from "../../../../modules/ownership"
import type OwnershipModuleService from "../../../../modules/ownership/service"

/** The variants selling what the customer owns, from the music read model (track.variant_id, album.full_variant_id). */
export async function ownedVariantIds(container: MedusaContainer, customerId: string): Promise<string[]> {
  const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
  const owned = await ownership.listOwnedTrackIds(customerId)
  if (!owned.length) return []
  const music: MusicModuleService = container.resolve(MUSIC_MODULE)
  const ids: string[] = []
  const ownedAlbums = new Set<string>()
  for (let i = 0; i < owned.length; i += 1000) {
    const tracks = await music.listTracks({ id: owned.slice(i, i + 1000) } as any, { select: ["id", "album_id", "variant_id"] })
    for (const t of tracks as any[]) {
      if (t.variant_id) ids.push(t.variant_id)
      if (t.album_id) ownedAlbums.add(t.album_id)
    }
  }
  if (ownedAlbums.size) {
    const ownedSet = new Set(owned)
    const albumIds = [...ownedAlbums]
    const [albums, tracks] = await Promise.all([
      music.listAlbums({ id: albumIds } as any, { select: ["id", "full_variant_id"] }),
      music.listTracks({ album_id: albumIds } as any, { select: ["id", "album_id"] }),
    ])
    const missing = new Set(tracks.filter((t: any) => !ownedSet.has(t.id)).map((t: any) => t.album_id))
    for (const a of albums as any[]) if (a.full_variant_id && !missing.has(a.id)) ids.push(a.full_variant_id)
  }
  return [...new Set(ids)]
}
