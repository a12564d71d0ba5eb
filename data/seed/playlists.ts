import type { MedusaContainer } from "@medusajs/framework/types"
import { MUSIC_MODULE } from "../../src/modules/music"
import type MusicModuleService from "../../src/modules/music/service"
import { PLAYLISTS_MODULE } from "../../src/modules/playlists"
import type PlaylistsModuleService from "../../src/modules/playlists/service"
import { createPlaylistsWorkflow } from "../../src/workflows/playlists/create-playlists"
import { setPlaylistTracksWorkflow } from "../../src/workflows/playlists/set-playlist-tracks"
import type { LeftAlone, Progress } from "./progress"
import type { ChinookData } from "./source"

/**
 * Chinook's playlists become the store's editorial playlists, tracks in
 * Chinook's order. On a re-run each editorial Chinook playlist is made to
 * hold exactly Chinook's tracks again (entries added by a stopped run kept,
 * missing ones added, others removed). Customers' playlists have no Chinook
 * key and are never read or touched here; a Chinook playlist that staff
 * deleted or made non-editorial is left alone.
 */
export async function importPlaylists(container: MedusaContainer, data: ChinookData, progress: Progress) {
  const music: MusicModuleService = container.resolve(MUSIC_MODULE)
  const playlists: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)

  await progress.entity("playlists", async (tick) => {
    const tracks = await music.listTracks({ chinook_id: { $ne: null } }, { select: ["id", "chinook_id"], take: null })
    const trackId = new Map(tracks.map((t) => [t.chinook_id!, t.id]))
    // A track that staff deleted is left out (the catalogue reports it).
    const expected = new Map<number, string[]>()
    for (const pt of data.PlaylistTrack) {
      const id = trackId.get(pt.TrackId)
      if (!id) continue
      expected.set(pt.PlaylistId, [...(expected.get(pt.PlaylistId) ?? []), id])
    }

    const existing = await playlists.listPlaylists(
      { chinook_id: { $ne: null } },
      { select: ["id", "chinook_id", "editorial", "deleted_at"], withDeleted: true, take: null }
    )
    const live = new Map(existing.filter((p) => !p.deleted_at).map((p) => [p.chinook_id!, p]))
    const deleted = new Set(existing.filter((p) => p.deleted_at).map((p) => p.chinook_id!))

    const left_alone: LeftAlone[] = []
    const todo: ChinookData["Playlist"] = []
    const editorial: { chinook_id: number; id: string }[] = []
    for (const p of data.Playlist) {
      const have = live.get(p.PlaylistId)
      const label = `${p.PlaylistId} (${p.Name})`
      if (have?.editorial) editorial.push({ chinook_id: p.PlaylistId, id: have.id })
      else if (have) left_alone.push({ key: label, reason: "staff made it non-editorial; its entries are not touched" })
      else if (deleted.has(p.PlaylistId)) left_alone.push({ key: label, reason: "deleted by staff; not recreated" })
      else todo.push(p)
    }

    // Which editorial playlists differ from Chinook's list, entry by entry.
    const entries = editorial.length
      ? await playlists.listPlaylistTracks(
          { playlist_id: editorial.map((p) => p.id) },
          { select: ["playlist_id", "track_id", "position"], take: null }
        )
      : []
    const current = new Map<string, { track_id: string; position: number }[]>()
    for (const e of entries as any[]) current.set(e.playlist_id, [...(current.get(e.playlist_id) ?? []), e])
    const differing = editorial.filter((p) => {
      const now = (current.get(p.id) ?? []).sort((a, b) => a.position - b.position).map((e) => e.track_id)
      const want = expected.get(p.chinook_id) ?? []
      return now.length !== want.length || now.some((t, i) => t !== want[i])
    })
    if (differing.length) {
      await setPlaylistTracksWorkflow(container).run({
        input: { playlists: differing.map((p) => ({ playlist_id: p.id, track_ids: expected.get(p.chinook_id) ?? [] })) },
      })
    }

    if (todo.length) {
      await createPlaylistsWorkflow(container).run({
        input: {
          playlists: todo.map((p) => ({
            chinook_id: p.PlaylistId,
            name: p.Name,
            editorial: true,
            visibility: "public" as const,
            track_ids: expected.get(p.PlaylistId) ?? [],
          })),
        },
      })
    }
    tick(data.Playlist.length, data.Playlist.length)
    return {
      created: todo.length,
      updated: differing.length,
      unchanged: data.Playlist.length - todo.length - differing.length - left_alone.length,
      left_alone,
    }
  })
}
