import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { copyPlaylistWorkflow } from "../../../../../../workflows/playlists/copy-playlist"
import { changedPlaylist } from "../../../../playlists/utils/view"
import type { StoreCopyPlaylistType } from "../../../../playlists/validators"
import { storeChannels } from "../../../utils/visibility"

/** POST /store/music/playlists/:id/copy { name? }: the logged-in customer copies an editorial playlist into a private one of their own. */
export async function POST(req: AuthenticatedMedusaRequest<StoreCopyPlaylistType>, res: MedusaResponse) {
  const { result } = await copyPlaylistWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      source: { playlist_id: req.params.id },
      name: req.validatedBody?.name,
      channels: storeChannels(req),
    },
  })
  res.json({ playlist: await changedPlaylist(req, result.id) })
}
