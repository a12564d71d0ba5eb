import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCatalogueMediaTypeWorkflow, updateCatalogueMediaTypeWorkflow } from "../../../../../workflows/catalogue/media-types"
import { refusalOf } from "../../../../../workflows/catalogue/steps/assert-deletable"
import { oneMediaType, refuseUndeletable } from "../../catalogue/records"
import type { AdminNamedBodyType } from "../../catalogue/validators"

/** GET /admin/music/media-types/:id: the media type and whether it may be deleted. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const mediaType = await oneMediaType(req.scope, req.params.id)
  const refusal = await refusalOf(req.scope, "media_type", mediaType.id)
  res.json({ media_type: { ...mediaType, deletable: !refusal, delete_refusal: refusal } })
}

/** POST /admin/music/media-types/:id { name }: renames it; its tracks' store cards show it at once. */
export async function POST(req: AuthenticatedMedusaRequest<AdminNamedBodyType>, res: MedusaResponse) {
  await updateCatalogueMediaTypeWorkflow(req.scope).run({ input: { id: req.params.id, name: req.validatedBody.name } })
  res.json({ media_type: await oneMediaType(req.scope, req.params.id) })
}

/** DELETE /admin/music/media-types/:id: refused (409, with the reason) while tracks have it. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await refuseUndeletable(req.scope, "media_type", req.params.id)
  await deleteCatalogueMediaTypeWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "media_type", deleted: true })
}
