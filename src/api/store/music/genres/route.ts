import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** GET /store/music/genres: every genre, by name. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: genres, metadata } = await query.graph({
    entity: "genre",
    fields: req.queryConfig.fields,
    pagination: { ...req.queryConfig.pagination, order: { name: "ASC" } },
  })
  res.json({ genres, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}
