import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCatalogueArtistWorkflow } from "../../../../workflows/catalogue/artists"
import { musicOf, oneArtist } from "../catalogue/records"
import type { AdminListNamedParamsType, AdminNamedBodyType } from "../catalogue/validators"

/** GET /admin/music/artists?q=&order=&limit=&offset=: every artist, with how many albums each has. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { q, order, limit, offset } = req.validatedQuery as AdminListNamedParamsType
  const { rows, count } = await musicOf(req.scope).listAdminArtists({ q, order }, { limit, offset })
  res.json({ artists: rows, count, limit, offset })
}

/** POST /admin/music/artists { name }: a new artist and their product collection. */
export async function POST(req: AuthenticatedMedusaRequest<AdminNamedBodyType>, res: MedusaResponse) {
  const { result } = await createCatalogueArtistWorkflow(req.scope).run({ input: { name: req.validatedBody.name } })
  res.status(201).json({ artist: await oneArtist(req.scope, result.id) })
}
