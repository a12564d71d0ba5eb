import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCatalogueGenreWorkflow } from "../../../../workflows/catalogue/genres"
import { musicOf, oneGenre } from "../catalogue/records"
import type { AdminListNamedParamsType, AdminNamedBodyType } from "../catalogue/validators"

/** GET /admin/music/genres?q=&order=&limit=&offset=: every genre, with its track and album counts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { q, order, limit, offset } = req.validatedQuery as AdminListNamedParamsType
  const { rows, count } = await musicOf(req.scope).listAdminGenres({ q, order }, { limit, offset })
  res.json({ genres: rows, count, limit, offset })
}

/** POST /admin/music/genres { name }: a new genre and its product category. */
export async function POST(req: AuthenticatedMedusaRequest<AdminNamedBodyType>, res: MedusaResponse) {
  const { result } = await createCatalogueGenreWorkflow(req.scope).run({ input: { name: req.validatedBody.name } })
  res.status(201).json({ genre: await oneGenre(req.scope, result.id) })
}
