import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PLAYLISTS_MODULE } from "../../../../../modules/playlists"
import type PlaylistsModuleService from "../../../../../modules/playlists/service"
import { createCustomerPlaylistWorkflow } from "../../../../../workflows/playlists/create-customer-playlist"
import { customerPlaylistIds, type PlaylistRecord } from "../../../../../workflows/playlists/utils/access"
import { storeChannels } from "../../../music/utils/visibility"
import { project } from "../../../music/utils/fields"
import { changedPlaylist, summariesOf } from "../../../playlists/utils/view"
import type { StoreCreateCustomerPlaylistType, StoreListCustomerPlaylistsParamsType } from "../../../playlists/validators"

/** GET /store/customers/me/playlists: the customer's own playlists, most recently changed first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, fields } = req.validatedQuery as StoreListCustomerPlaylistsParamsType
  const ids = await customerPlaylistIds(req.scope, req.auth_context.actor_id)
  const service: PlaylistsModuleService = req.scope.resolve(PLAYLISTS_MODULE)
  const [list, count] = ids.length
    ? await service.listAndCountPlaylists({ id: ids, editorial: false }, { order: { updated_at: "DESC", id: "ASC" }, take: limit, skip: offset })
    : [[], 0]
  const playlists = await summariesOf(req, list as unknown as PlaylistRecord[])
  res.json({ playlists: fields ? project(playlists, req.queryConfig.fields) : playlists, count, offset, limit })
}

/** POST /store/customers/me/playlists: a new playlist of the customer's, private unless asked, optionally with tracks. */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateCustomerPlaylistType>, res: MedusaResponse) {
  const body = req.validatedBody
  const { result } = await createCustomerPlaylistWorkflow(req.scope).run({
    input: { ...body, customer_id: req.auth_context.actor_id, channels: storeChannels(req) },
  })
  res.json({ playlist: await changedPlaylist(req, result.id) })
}
