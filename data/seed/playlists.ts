import type { MedusaContainer } from "@medusajs/framework/types"
import { MUSIC_MODULE } from "../../src/modules/music"
import type MusicModuleService from "../../src/modules/music/service"
import { PLAYLISTS_MODULE } from "../../src/modules/playlists"
import type PlaylistsModuleService from "../../src/modules/playlists/service"
import { createPlaylistsWorkflow } from "../../src/workflows/playlists/create-playlists"
import type { Progress } from "./progress"
import { SeedError, type ChinookData } from "./source"

/** Chinook's playlists become the store's editorial playlists, tracks in order. */
export async function importPlaylists(container: MedusaContainer, data: ChinookData, progress: Progress) {
  const music: MusicModuleService = container.resolve(MUSIC_MODULE)
  const playlists: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)

  await progress.entity("playlists", async (tick) => {
    const expected = new Map<number, number>()
    for (const pt of data.PlaylistTrack) expected.set(pt.PlaylistId, (expected.get(pt.PlaylistId) ?? 0) + 1)
    // A playlist without all its tracks was left by a stopped run: redo it.
    const existing = await playlists.listPlaylists({ chinook_id: { $ne: null } }, { select: ["id", "chinook_id"], relations: ["tracks"], take: null })
    const partial = existing.filter((p) => p.tracks.length !== (expected.get(p.chinook_id!) ?? 0))
    if (partial.length) {
      await playlists.deletePlaylists(partial.map((p) => p.id))
    }
    const have = new Set(existing.filter((p) => !partial.includes(p)).map((p) => p.chinook_id))
    const todo = data.Playlist.filter((p) => !have.has(p.PlaylistId))
    if (todo.length) {
      const tracks = await music.listTracks({ chinook_id: { $ne: null } }, { select: ["id", "chinook_id"], take: null })
      const trackId = new Map(tracks.map((t) => [t.chinook_id!, t.id]))
      const entries = new Map<number, string[]>()
      for (const pt of data.PlaylistTrack) {
        const id = trackId.get(pt.TrackId)
        if (!id) {
          throw new SeedError(`PlaylistTrack (${pt.PlaylistId}, ${pt.TrackId}): track ${pt.TrackId} was not imported.`)
        }
        const list = entries.get(pt.PlaylistId) ?? []
        list.push(id)
        entries.set(pt.PlaylistId, list)
      }
      await createPlaylistsWorkflow(container).run({
        input: {
          playlists: todo.map((p) => ({
            chinook_id: p.PlaylistId,
            name: p.Name,
            editorial: true,
            visibility: "public" as const,
            track_ids: entries.get(p.PlaylistId) ?? [],
          })),
        },
      })
    }
    tick(data.Playlist.length, data.Playlist.length)
    return { created: todo.length, unchanged: data.Playlist.length - todo.length }
  })
}
