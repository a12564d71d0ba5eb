import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCatalogueTrackWorkflow } from "../../../../../workflows/catalogue/delete-track"
import { refusalOf } from "../../../../../workflows/catalogue/steps/assert-deletable"
import { updateCatalogueTrackWorkflow } from "../../../../../workflows/catalogue/update-track"
import { storeCurrency } from "../../../../../workflows/catalogue/utils/base-prices"
import { oneTrack, requireSomeField, refuseUndeletable } from "../../catalogue/records"
import type { AdminUpdateTrackBodyType } from "../../catalogue/validators"

/** GET /admin/music/tracks/:id: the track, its price and visibility, and whether it may be deleted. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const track = await oneTrack(req.scope, req.params.id)
  const refusal = await refusalOf(req.scope, "track", track.id)
  res.json({ track: { ...track, deletable: !refusal, delete_refusal: refusal } })
}

/**
 * POST /admin/music/tracks/:id { name?, composer?, milliseconds?, bytes?, track_number?, genre_id?, media_type_id?, price?, published? }:
 * `published: false` takes the track off sale on its own; its album stays.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateTrackBodyType>, res: MedusaResponse) {
  requireSomeField(req.validatedBody, "name, composer, milliseconds, bytes, track_number, genre_id, media_type_id, price, published")
  const currency = await storeCurrency(req.scope)
  await updateCatalogueTrackWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody, currency_code: currency } })
  res.json({ track: await oneTrack(req.scope, req.params.id, currency) })
}

/** DELETE /admin/music/tracks/:id: removes the track and its variant; refused (409, with the reason) once sold. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await refuseUndeletable(req.scope, "track", req.params.id)
  await deleteCatalogueTrackWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "track", deleted: true })
}
