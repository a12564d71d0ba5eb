import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { MUSIC_MODULE } from "../../modules/music"
import type MusicModuleService from "../../modules/music/service"
import type { MusicVariant } from "./music-lines"
import { ownedForCart } from "./unrecorded-purchases"

/** The ids of each album's tracks (all of them, shown in the store or not). */
export async function albumTrackIds(container: MedusaContainer, albumIds: string[]): Promise<Map<string, string[]>> {
  const byAlbum = new Map<string, string[]>()
  const ids = [...new Set(albumIds)]
  if (!ids.length) return byAlbum
  const music: MusicModuleService = container.resolve(MUSIC_MODULE)
  const tracks = await music.listTracks({ album_id: ids } as any, { select: ["id", "album_id"] })
  for (const t of tracks as any[]) byAlbum.set(t.album_id, [...(byAlbum.get(t.album_id) ?? []), t.id])
  return byAlbum
}

/**
 * Refuses a line that would sell the customer what they already own: a track
 * they own, or a whole album every track of which they own (an album they own
 * only in part is sold at the complete-my-album price instead). A guest owns
 * nothing. What a placed order sold counts even before its ownership is
 * recorded.
 */
export async function refuseOwnedLines(container: MedusaContainer, customerId: string | null | undefined, lines: MusicVariant[]) {
  if (!customerId || !lines.length) return
  const albums = lines.filter((l) => l.full_album)
  const tracksOf = await albumTrackIds(container, albums.map((a) => a.album_id))
  const asked = [...lines.flatMap((l) => (l.track ? [l.track.id] : [])), ...[...tracksOf.values()].flat()]
  if (!asked.length) return
  const owned = await ownedForCart(container, customerId, asked)
  for (const line of lines) {
    if (line.track && owned.has(line.track.id)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `You already own “${line.track.name}”; it is in your library.`)
    }
    const tracks = line.full_album ? tracksOf.get(line.album_id) ?? [] : []
    if (tracks.length && tracks.every((id) => owned.has(id))) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `You already own every track of “${line.album_title}”; it is in your library.`
      )
    }
  }
}
