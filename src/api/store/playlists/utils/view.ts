import type { MedusaRequest } from "@medusajs/framework/http"
import { MUSIC_MODULE } from "../../../../modules/music"
import type MusicModuleService from "../../../../modules/music/service"
import { PLAYLISTS_MODULE } from "../../../../modules/playlists"
import type PlaylistsModuleService from "../../../../modules/playlists/service"
import type { PlaylistRecord } from "../../../../workflows/playlists/utils/access"
import { cardContext } from "../../music/utils/card-context"
import { trackCards, type TrackCard } from "../../music/utils/cards"
import { shareUrl } from "./share-url"

import type { PlaylistSummary } from "../../../../types/store-api/playlists"

export type { PlaylistSummary }

const iso = (d: Date | string) => new Date(d).toISOString()

export function summaryOf(p: PlaylistRecord, trackCount: number): PlaylistSummary {
  return {
    id: p.id,
    name: p.name,
    description: p.description ?? null,
    visibility: p.visibility,
    share_url: p.share_token && p.visibility === "public" ? shareUrl(p.share_token) : null,
    track_count: trackCount,
    created_at: iso(p.created_at),
    updated_at: iso(p.updated_at),
  }
}

const playlists = (req: MedusaRequest): PlaylistsModuleService => req.scope.resolve(PLAYLISTS_MODULE)

/** Summaries of these playlists, their track counts read in one query. */
export async function summariesOf(req: MedusaRequest, list: PlaylistRecord[]): Promise<PlaylistSummary[]> {
  const counts = await playlists(req).countEntries(list.map((p) => p.id))
  return list.map((p) => summaryOf(p, counts.get(p.id) ?? 0))
}

/** A playlist re-read after a change, with its whole order. */
export async function changedPlaylist(req: MedusaRequest, id: string) {
  const service = playlists(req)
  const p = (await service.retrievePlaylist(id)) as unknown as PlaylistRecord
  const track_ids = await service.listEntryTrackIds(id)
  return { ...summaryOf(p, track_ids.length), track_ids }
}

type Page = { limit: number; offset: number; region_id?: string }

export type OwnerEntry = ({ available: true } & TrackCard) | { available: false; id: string; name: string | null }

/**
 * The owner's page of a playlist: every entry, so that the order they
 * change is the whole order. A track not on sale now (unpublished or
 * deleted) is listed as unavailable, with its name when the catalogue still
 * has it; `track_ids` is the whole order, for reordering across pages.
 */
export async function ownerPage(req: MedusaRequest, p: PlaylistRecord, { limit, offset, region_id }: Page) {
  const track_ids = await playlists(req).listEntryTrackIds(p.id)
  const ids = track_ids.slice(offset, offset + limit)
  const cards = new Map((await trackCards(req.scope, ids, await cardContext(req, region_id))).map((c) => [c.id, c]))
  const missing = ids.filter((id) => !cards.has(id))
  const music: MusicModuleService = req.scope.resolve(MUSIC_MODULE)
  const names = new Map(
    missing.length ? ((await music.listTracks({ id: missing } as any, { select: ["id", "name"], take: null })) as any[]).map((t) => [t.id, t.name]) : []
  )
  const tracks = ids.map((id, i): OwnerEntry & { position: number } =>
    cards.has(id)
      ? { position: offset + i, available: true, ...cards.get(id)! }
      : { position: offset + i, available: false, id, name: names.get(id) ?? null }
  )
  return { playlist: { ...summaryOf(p, track_ids.length), track_ids, tracks }, count: track_ids.length }
}

/**
 * What anyone sees of a playlist (a shared one): a page of its entries in
 * order, each a track card, tracks not on sale left out as on the
 * editorial playlists; `count` counts entries.
 */
export async function publicPage(req: MedusaRequest, p: PlaylistRecord, { limit, offset, region_id }: Page) {
  const service = playlists(req)
  const [entries, count] = await service.listAndCountPlaylistTracks(
    { playlist_id: p.id },
    { select: ["track_id", "position"], order: { position: "ASC" }, take: limit, skip: offset }
  )
  const cards = new Map((await trackCards(req.scope, entries.map((e) => e.track_id), await cardContext(req, region_id))).map((c) => [c.id, c]))
  return {
    playlist: {
      id: p.id,
      name: p.name,
      description: p.description ?? null,
      tracks: entries.flatMap((e) => (cards.has(e.track_id) ? [{ position: e.position, ...cards.get(e.track_id)! }] : [])),
    },
    count,
  }
}
