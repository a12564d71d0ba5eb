import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCustomerPlaylistWorkflow } from "../../../../../../workflows/playlists/delete-customer-playlist"
import { updateCustomerPlaylistWorkflow } from "../../../../../../workflows/playlists/update-customer-playlist"
import { ownPlaylist } from "../../../../../../workflows/playlists/utils/access"
import { project } from "../../../../music/utils/fields"
import { changedPlaylist, ownerPage } from "../../../../playlists/utils/view"
import type { StoreGetCustomerPlaylistParamsType, StoreUpdateCustomerPlaylistType } from "../../../../playlists/validators"

/**
 * GET /store/customers/me/playlists/:id?limit=&offset=&region_id=: the
 * customer's own playlist with a page of its entries (each a track card, or
 * marked unavailable) and its whole order in `track_ids`. Anyone else's is 404.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, region_id, fields } = req.validatedQuery as StoreGetCustomerPlaylistParamsType
  const playlist = await ownPlaylist(req.scope, req.auth_context.actor_id, req.params.id)
  const page = await ownerPage(req, playlist, { limit, offset, region_id })
  res.json({
    playlist: { ...(fields ? project(page.playlist, req.queryConfig.fields) : page.playlist), count: page.count, offset, limit },
  })
}

/** POST /store/customers/me/playlists/:id: rename, describe, make private or public. */
export async function POST(req: AuthenticatedMedusaRequest<StoreUpdateCustomerPlaylistType>, res: MedusaResponse) {
  await updateCustomerPlaylistWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({ playlist: await changedPlaylist(req, req.params.id) })
}

/** DELETE /store/customers/me/playlists/:id: the playlist and its share link are gone. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteCustomerPlaylistWorkflow(req.scope).run({ input: { id: req.params.id, customer_id: req.auth_context.actor_id } })
  res.json({ id: req.params.id, object: "playlist", deleted: true })
}
