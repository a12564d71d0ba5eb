import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCatalogueMediaTypeWorkflow } from "../../../../workflows/catalogue/media-types"
import { musicOf, oneMediaType } from "../catalogue/records"
import type { AdminListNamedParamsType, AdminNamedBodyType } from "../catalogue/validators"

/** GET /admin/music/media-types?q=&order=&limit=&offset=: every media type, with its track count. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { q, order, limit, offset } = req.validatedQuery as AdminListNamedParamsType
  const { rows, count } = await musicOf(req.scope).listAdminMediaTypes({ q, order }, { limit, offset })
  res.json({ media_types: rows, count, limit, offset })
}

/** POST /admin/music/media-types { name }: a new media type. */
export async function POST(req: AuthenticatedMedusaRequest<AdminNamedBodyType>, res: MedusaResponse) {
  const { result } = await createCatalogueMediaTypeWorkflow(req.scope).run({ input: { name: req.validatedBody.name } })
  res.status(201).json({ media_type: await oneMediaType(req.scope, result.id) })
}
