import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { withOffers } from "../../utils/album-offers"
import type { StoreGetArtistParamsType } from "../../validators"

/** GET /store/music/artists/:id: the artist and their albums. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [artist],
  } = await query.graph({ entity: "artist", fields: req.queryConfig.fields, filters: { id: req.params.id } })
  if (!artist) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Artist with id: ${req.params.id} was not found`)
  }
  const albums = [...(artist.albums ?? [])].sort((a: any, b: any) => a.title.localeCompare(b.title))
  const { region_id } = req.validatedQuery as StoreGetArtistParamsType
  res.json({ artist: { ...artist, albums: await withOffers(req.scope, albums as { id: string }[], region_id) } })
}
