import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { copyPlaylistWorkflow } from "../../../../../../workflows/playlists/copy-playlist"
import { storeChannels } from "../../../../music/utils/visibility"
import { changedPlaylist } from "../../../utils/view"
import type { StoreCopyPlaylistType } from "../../../validators"

/** POST /store/playlists/shared/:token/copy { name? }: the logged-in customer copies a shared playlist into a private one of their own. */
export async function POST(req: AuthenticatedMedusaRequest<StoreCopyPlaylistType>, res: MedusaResponse) {
  const { result } = await copyPlaylistWorkflow(req.scope).run({
    input: {
      customer_id: req.auth_context.actor_id,
      source: { share_token: req.params.token },
      name: req.validatedBody?.name,
      channels: storeChannels(req),
    },
  })
  res.json({ playlist: await changedPlaylist(req, result.id) })
}
