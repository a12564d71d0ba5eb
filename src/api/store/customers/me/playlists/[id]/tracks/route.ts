import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addPlaylistTracksWorkflow } from "../../../../../../../workflows/playlists/add-playlist-tracks"
import { storeChannels } from "../../../../../music/utils/visibility"
import { answeringConflicts } from "../../../../../playlists/utils/conflict"
import { changedPlaylist } from "../../../../../playlists/utils/view"
import type { StoreAddPlaylistTracksType } from "../../../../../playlists/validators"

/**
 * POST /store/customers/me/playlists/:id/tracks { track_id | track_ids, position? }:
 * adds tracks on sale, at the end or at a 0-based position. A track already
 * in the playlist is 409; an unknown one 400; past 5,000 tracks 400.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreAddPlaylistTracksType>, res: MedusaResponse) {
  const { track_id, track_ids, position } = req.validatedBody
  const done = await answeringConflicts(res, () =>
    addPlaylistTracksWorkflow(req.scope).run({
      input: {
        id: req.params.id,
        customer_id: req.auth_context.actor_id,
        track_ids: track_ids ?? [track_id!],
        position,
        channels: storeChannels(req),
        field: track_ids ? "track_ids" : "track_id",
      },
    })
  )
  if (!done) return
  res.json({ playlist: await changedPlaylist(req, req.params.id) })
}
