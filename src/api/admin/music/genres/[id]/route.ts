import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deleteCatalogueGenreWorkflow } from "../../../../../workflows/catalogue/genres"
import { refusalOf } from "../../../../../workflows/catalogue/steps/assert-deletable"
import { updateGenresWorkflow } from "../../../../../workflows/music/update-genres"
import { oneGenre, refuseUndeletable } from "../../catalogue/records"
import type { AdminNamedBodyType } from "../../catalogue/validators"

/** GET /admin/music/genres/:id: the genre, its product category, and whether it may be deleted. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const genre = await oneGenre(req.scope, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "genre",
    fields: ["product_category.id", "product_category.name", "product_category.handle"],
    filters: { id: genre.id },
  })
  const refusal = await refusalOf(req.scope, "genre", genre.id)
  res.json({ genre: { ...genre, product_category: (data[0] as any)?.product_category ?? null, deletable: !refusal, delete_refusal: refusal } })
}

/** POST /admin/music/genres/:id { name }: renames the genre and its category. */
export async function POST(req: AuthenticatedMedusaRequest<AdminNamedBodyType>, res: MedusaResponse) {
  await oneGenre(req.scope, req.params.id)
  await updateGenresWorkflow(req.scope).run({ input: { genres: [{ id: req.params.id, name: req.validatedBody.name }] } })
  res.json({ genre: await oneGenre(req.scope, req.params.id) })
}

/** DELETE /admin/music/genres/:id: refused (409, with the reason) while tracks have it. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await refuseUndeletable(req.scope, "genre", req.params.id)
  await deleteCatalogueGenreWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "genre", deleted: true })
}
