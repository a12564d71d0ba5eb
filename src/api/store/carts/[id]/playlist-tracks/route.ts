import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addPlaylistToCartWorkflow } from "../../../../../workflows/playlists/add-playlist-to-cart"
import { editorialPlaylist, ownPlaylist, sharedPlaylist } from "../../../../../workflows/playlists/utils/access"
import { storeChannels } from "../../../music/utils/visibility"
import type { StoreAddPlaylistToCartType } from "../../../playlists/validators"

/**
 * POST /store/carts/:id/playlist-tracks { playlist_id | share_token }: "buy
 * what I don't own". Puts every track of the playlist that the cart's
 * customer does not own and the cart does not hold into the cart, in one
 * step. The playlist is an editorial one, the logged-in customer's own (by
 * id), or one shared by link (by its token). A customer's cart is theirs
 * alone (another's is 404). Answers what was added and what was skipped, and why.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreAddPlaylistToCartType>, res: MedusaResponse) {
  const { playlist_id, share_token } = req.validatedBody
  const customerId = req.auth_context?.actor_id
  const playlist = share_token
    ? await sharedPlaylist(req.scope, share_token)
    : await editorialPlaylist(req.scope, playlist_id!).catch(async (e) => {
        if (!customerId) throw e
        return ownPlaylist(req.scope, customerId, playlist_id!)
      })
  const { result } = await addPlaylistToCartWorkflow(req.scope).run({
    input: { cart_id: req.params.id, playlist_id: playlist.id, channels: storeChannels(req), requester_id: customerId ?? null },
  })
  res.json({ cart: { id: req.params.id }, added: result.track_ids, skipped: result.skipped })
}
