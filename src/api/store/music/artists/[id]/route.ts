import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

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
  res.json({ artist: { ...artist, albums } })
}
