import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removePlaylistTrackWorkflow } from "../../../../../../../../workflows/playlists/remove-playlist-track"
import { changedPlaylist } from "../../../../../../playlists/utils/view"

/** DELETE /store/customers/me/playlists/:id/tracks/:track_id: takes the track out; 404 when it is not in the playlist. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await removePlaylistTrackWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: req.auth_context.actor_id, track_id: req.params.track_id },
  })
  res.json({ playlist: await changedPlaylist(req, req.params.id) })
}
