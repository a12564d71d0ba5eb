import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokePlaylistShareWorkflow, sharePlaylistWorkflow } from "../../../../../../../workflows/playlists/share-playlist"
import { changedPlaylist } from "../../../../../playlists/utils/view"

/**
 * POST /store/customers/me/playlists/:id/share: makes the playlist public
 * and answers its link, `share_url` (the same link each time until revoked).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sharePlaylistWorkflow(req.scope).run({ input: { id: req.params.id, customer_id: req.auth_context.actor_id } })
  const playlist = await changedPlaylist(req, req.params.id)
  res.json({ share_url: playlist.share_url, playlist })
}

/** DELETE /store/customers/me/playlists/:id/share: revokes the link; it never works again. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await revokePlaylistShareWorkflow(req.scope).run({ input: { id: req.params.id, customer_id: req.auth_context.actor_id } })
  res.json({ playlist: await changedPlaylist(req, req.params.id) })
}
