import "server-only"
import { getAuthHeaders } from "@lib/data/cookies"
import { getRegionId } from "@lib/data/regions"
import { isStatus } from "@lib/data/store-fetch"
import { getSdk } from "@lib/sdk"
import { trackCard, type ApiTrackCard } from "@lib/util/music-api"
import { summaryOf, type ApiOwnerEntry, type ApiPlaylistSummary } from "./api"
import type { MyPlaylist, MyPlaylistSummary, SharedPlaylist } from "./types"

type Page = { count: number; offset: number; limit: number }

/** Rows of the owner's editor per page: reordering works within a page. */
export const MY_PLAYLIST_PAGE_SIZE = 200
export const SHARED_PLAYLIST_PAGE_SIZE = 50

/** The signed-in customer's playlists, most recently changed first (all of them, up to 100). */
export async function listMyPlaylists(): Promise<MyPlaylistSummary[]> {
  const auth = await getAuthHeaders()
  if (!auth) return []
  const { playlists } = await getSdk().client.fetch<{ playlists: ApiPlaylistSummary[] } & Page>("/store/customers/me/playlists", {
    method: "GET",
    query: { limit: 100 },
    headers: auth,
    cache: "no-store",
  })
  return playlists.map(summaryOf)
}

/** A page (from 1) of the customer's own playlist; null when it is not theirs or does not exist. */
export async function getMyPlaylist(id: string, page: number): Promise<MyPlaylist | null> {
  const auth = await getAuthHeaders()
  if (!auth) return null
  const offset = (page - 1) * MY_PLAYLIST_PAGE_SIZE
  try {
    const { playlist } = await getSdk().client.fetch<{
      playlist: ApiPlaylistSummary & Page & { track_ids: string[]; tracks: ApiOwnerEntry[] }
    }>(`/store/customers/me/playlists/${encodeURIComponent(id)}`, {
      method: "GET",
      query: { limit: MY_PLAYLIST_PAGE_SIZE, offset, region_id: await getRegionId() },
      headers: auth,
      cache: "no-store",
    })
    return {
      ...summaryOf(playlist),
      trackIds: playlist.track_ids,
      entries: playlist.tracks.map((e) =>
        e.available
          ? { ...trackCard(e), available: true as const, position: e.position }
          : { available: false as const, position: e.position, id: e.id, title: e.name }
      ),
      page,
      pageSize: MY_PLAYLIST_PAGE_SIZE,
      pageCount: Math.max(1, Math.ceil(playlist.count / MY_PLAYLIST_PAGE_SIZE)),
      offset,
    }
  } catch (e) {
    if (isStatus(e, 404)) return null
    throw e
  }
}

/** A page (from 1) of a playlist shared by link; null for a dead link. Never cached: a revoked link dies at once. */
export async function getSharedPlaylist(token: string, page: number): Promise<SharedPlaylist | null> {
  try {
    const { playlist } = await getSdk().client.fetch<{
      playlist: Page & { id: string; name: string; description: string | null; tracks: (ApiTrackCard & { position: number })[] }
    }>(`/store/playlists/shared/${encodeURIComponent(token)}`, {
      method: "GET",
      query: { limit: SHARED_PLAYLIST_PAGE_SIZE, offset: (page - 1) * SHARED_PLAYLIST_PAGE_SIZE, region_id: await getRegionId() },
      headers: (await getAuthHeaders()) ?? {},
      cache: "no-store",
    })
    return {
      id: playlist.id,
      name: playlist.name,
      description: playlist.description || null,
      tracks: playlist.tracks.map((t) => ({ ...trackCard(t), position: t.position })),
      count: playlist.count,
      page,
      pageSize: SHARED_PLAYLIST_PAGE_SIZE,
      pageCount: Math.max(1, Math.ceil(playlist.count / SHARED_PLAYLIST_PAGE_SIZE)),
    }
  } catch (e) {
    if (isStatus(e, 404, 400)) return null
    throw e
  }
}
