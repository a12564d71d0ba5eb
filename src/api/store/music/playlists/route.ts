import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** GET /store/music/playlists: the store's editorial playlists, by name. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: playlists, metadata } = await query.graph({
    entity: "playlist",
    fields: req.queryConfig.fields,
    filters: { editorial: true, visibility: "public" },
    pagination: { ...req.queryConfig.pagination, order: { name: "ASC" } },
  })
  res.json({ playlists, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}
