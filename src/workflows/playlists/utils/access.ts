import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import PlaylistCustomerLink from "../../../links/playlist-customer"
import { PLAYLISTS_MODULE } from "../../../modules/playlists"
import type PlaylistsModuleService from "../../../modules/playlists/service"

/*
 * Who may see or change which playlist. A customer's playlist is linked to
 * its owner (src/links/playlist-customer.ts); editorial playlists have no
 * owner. Anything a customer may not read answers 404, never 403, so that
 * ids of other customers' playlists cannot be probed.
 */

export type PlaylistRecord = {
  id: string
  name: string
  description: string | null
  editorial: boolean
  visibility: "private" | "public"
  share_token: string | null
  created_at: Date | string
  updated_at: Date | string
}

const notFound = (what: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Playlist with ${what} was not found`)

const service = (container: MedusaContainer): PlaylistsModuleService => container.resolve(PLAYLISTS_MODULE)

/** The ids of a customer's playlists (any order). */
export async function customerPlaylistIds(container: MedusaContainer, customerId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: PlaylistCustomerLink.entryPoint,
    fields: ["playlist_id"],
    filters: { customer_id: customerId },
  })
  return (data as { playlist_id: string }[]).map((l) => l.playlist_id)
}

/** The customer's own playlist; 404 for a playlist of someone else, an editorial one or none. */
export async function ownPlaylist(container: MedusaContainer, customerId: string, playlistId: string): Promise<PlaylistRecord> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: PlaylistCustomerLink.entryPoint,
    fields: ["playlist_id", "customer_id"],
    filters: { playlist_id: playlistId, customer_id: customerId },
  })
  if (!data.length) throw notFound(`id: ${playlistId}`)
  const [playlist] = await service(container).listPlaylists({ id: playlistId })
  if (!playlist || playlist.editorial) throw notFound(`id: ${playlistId}`)
  return playlist as PlaylistRecord
}

/** A store's editorial playlist, public by nature; 404 otherwise. */
export async function editorialPlaylist(container: MedusaContainer, playlistId: string): Promise<PlaylistRecord> {
  const [playlist] = await service(container).listPlaylists({ id: playlistId, editorial: true, visibility: "public" })
  if (!playlist) throw notFound(`id: ${playlistId}`)
  return playlist as PlaylistRecord
}

/** Share tokens are 32 random bytes, base64url: anything else names no playlist. */
export const SHARE_TOKEN = /^[A-Za-z0-9_-]{43}$/

/**
 * The customer's playlist a share link names, while it is public and the
 * link not revoked; 404 otherwise. A private playlist is never shown through
 * a link. (Editorial playlists are public by id; any token one was given at
 * import names no link.)
 */
export async function sharedPlaylist(container: MedusaContainer, token: string): Promise<PlaylistRecord> {
  if (!SHARE_TOKEN.test(token)) throw notFound("this share link")
  const [playlist] = await service(container).listPlaylists({ share_token: token, visibility: "public", editorial: false })
  if (!playlist) throw notFound("this share link")
  return playlist as PlaylistRecord
}
