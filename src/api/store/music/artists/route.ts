import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { containsFilter } from "../utils/ilike"
import type { StoreGetArtistsParamsType } from "../validators"

/** GET /store/music/artists?q=: artists by name; q matches any part of it. */
export async function GET(req: MedusaRequest<unknown, StoreGetArtistsParamsType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q } = req.validatedQuery as StoreGetArtistsParamsType
  const { data: artists, metadata } = await query.graph({
    entity: "artist",
    fields: req.queryConfig.fields,
    filters: q ? { name: containsFilter(q) } : {},
    pagination: { ...req.queryConfig.pagination, order: { name: "ASC" } },
  })
  res.json({ artists, count: metadata!.count, offset: metadata!.skip, limit: metadata!.take })
}
