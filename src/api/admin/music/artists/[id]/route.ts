import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deleteCatalogueArtistWorkflow } from "../../../../../workflows/catalogue/artists"
import { updateArtistsWorkflow } from "../../../../../workflows/music/update-artists"
import { refusalOf } from "../../../../../workflows/catalogue/steps/assert-deletable"
import { oneArtist, refuseUndeletable } from "../../catalogue/records"
import type { AdminNamedBodyType } from "../../catalogue/validators"

/** GET /admin/music/artists/:id: the artist, their collection, and whether they may be deleted. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const artist = await oneArtist(req.scope, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "artist",
    fields: ["product_collection.id", "product_collection.title", "product_collection.handle"],
    filters: { id: artist.id },
  })
  const refusal = await refusalOf(req.scope, "artist", artist.id)
  res.json({
    artist: { ...artist, product_collection: (data[0] as any)?.product_collection ?? null, deletable: !refusal, delete_refusal: refusal },
  })
}

/** POST /admin/music/artists/:id { name }: renames the artist everywhere the store and Medusa show it. */
export async function POST(req: AuthenticatedMedusaRequest<AdminNamedBodyType>, res: MedusaResponse) {
  await oneArtist(req.scope, req.params.id)
  await updateArtistsWorkflow(req.scope).run({ input: { artists: [{ id: req.params.id, name: req.validatedBody.name }] } })
  res.json({ artist: await oneArtist(req.scope, req.params.id) })
}

/** DELETE /admin/music/artists/:id: refused (409, with the reason) while the artist has albums. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await refuseUndeletable(req.scope, "artist", req.params.id)
  await deleteCatalogueArtistWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "artist", deleted: true })
}
