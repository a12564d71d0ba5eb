import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PLAYLISTS_MODULE } from "../../../modules/playlists"
import type PlaylistsModuleService from "../../../modules/playlists/service"

export type PlaylistTracksInput = { playlist_id: string; track_ids: string[] }[]

type Undo = { removed: string[]; created: string[]; moved: { id: string; position: number }[] }

/**
 * Makes each playlist hold exactly the given tracks in the given order,
 * with as few changes as possible: an entry already there keeps its id and
 * only moves, entries not in the list are removed (soft-deleted, so
 * compensation can bring them back), missing ones are added.
 */
export const setPlaylistTracksStep = createStep(
  "set-playlist-tracks",
  async (input: PlaylistTracksInput, { container }) => {
    const service: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)
    const entries = await service.listPlaylistTracks(
      { playlist_id: input.map((p) => p.playlist_id) },
      { select: ["id", "track_id", "position", "playlist_id"], take: null }
    )
    const undo: Undo = { removed: [], created: [], moved: [] }
    const toCreate: { playlist_id: string; track_id: string; position: number }[] = []
    const toMove: { id: string; position: number }[] = []
    for (const { playlist_id, track_ids } of input) {
      // Current entries of each track, in playlist order, to be reused first come first served.
      const pool = new Map<string, { id: string; position: number }[]>()
      for (const e of entries.filter((e: any) => e.playlist_id === playlist_id).sort((a, b) => a.position - b.position)) {
        pool.set(e.track_id, [...(pool.get(e.track_id) ?? []), e])
      }
      track_ids.forEach((track_id, position) => {
        const reuse = pool.get(track_id)?.shift()
        if (!reuse) {
          toCreate.push({ playlist_id, track_id, position })
        } else if (reuse.position !== position) {
          toMove.push({ id: reuse.id, position })
          undo.moved.push({ id: reuse.id, position: reuse.position })
        }
      })
      for (const rest of pool.values()) undo.removed.push(...rest.map((e) => e.id))
    }
    if (undo.removed.length) {
      await service.softDeletePlaylistTracks(undo.removed)
    }
    if (toMove.length) {
      await service.updatePlaylistTracks(toMove)
    }
    if (toCreate.length) {
      const created = await service.createPlaylistTracks(toCreate)
      undo.created = created.map((e) => e.id)
    }
    return new StepResponse(
      { removed: undo.removed.length, moved: toMove.length, added: toCreate.length },
      undo
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)
    if (undo.created.length) await service.deletePlaylistTracks(undo.created)
    if (undo.moved.length) await service.updatePlaylistTracks(undo.moved)
    if (undo.removed.length) await service.restorePlaylistTracks(undo.removed)
  }
)
