import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { project } from "../../../music/utils/fields"
import { libraryPage } from "../../library/library-page"
import type { StoreGetLibraryParamsType } from "../../library/validators"

/**
 * GET /store/customers/me/library?limit=&offset=&fields=: what the logged-in
 * customer owns, by album (most recently bought first), each owned track with
 * the order that bought it. Albums since hidden from the store are still
 * there: they are owned.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, fields } = req.validatedQuery as StoreGetLibraryParamsType
  const { albums, count } = await libraryPage(req.scope, req.auth_context.actor_id, { limit, offset })
  res.json({ albums: fields ? project(albums, req.queryConfig.fields) : albums, count, offset, limit })
}
