import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reorderPlaylistWorkflow } from "../../../../../../../workflows/playlists/reorder-playlist"
import { answeringConflicts } from "../../../../../playlists/utils/conflict"
import { changedPlaylist } from "../../../../../playlists/utils/view"
import type { StoreReorderPlaylistType } from "../../../../../playlists/validators"

/**
 * POST /store/customers/me/playlists/:id/reorder { track_ids }: the whole new
 * order, each of the playlist's tracks once. A list that does not match the
 * playlist (changed since it was read) is 409, and nothing moves.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreReorderPlaylistType>, res: MedusaResponse) {
  const done = await answeringConflicts(res, () =>
    reorderPlaylistWorkflow(req.scope).run({
      input: { id: req.params.id, customer_id: req.auth_context.actor_id, track_ids: req.validatedBody.track_ids },
    })
  )
  if (!done) return
  res.json({ playlist: await changedPlaylist(req, req.params.id) })
}
