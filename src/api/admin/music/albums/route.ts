import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCatalogueAlbumWorkflow } from "../../../../workflows/catalogue/create-album"
import { checkReferences } from "../../../../workflows/catalogue/steps/check-references"
import { storeCurrency } from "../../../../workflows/catalogue/utils/base-prices"
import { musicOf, oneAlbum } from "../catalogue/records"
import type { AdminCreateAlbumBodyType, AdminListAlbumsParamsType } from "../catalogue/validators"
import { albumViews } from "../catalogue/views"

/**
 * GET /admin/music/albums?q=&artist_id=&genre_id=&media_type_id=&published=&order=&limit=&offset=:
 * every album, shown in the store or not; `q` matches the title or the artist.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...filter } = req.validatedQuery as AdminListAlbumsParamsType
  await checkReferences(req.scope, [
    ...(filter.artist_id ? [{ field: "artist_id", kind: "artist" as const, id: filter.artist_id }] : []),
    ...(filter.genre_id ? [{ field: "genre_id", kind: "genre" as const, id: filter.genre_id }] : []),
    ...(filter.media_type_id ? [{ field: "media_type_id", kind: "media_type" as const, id: filter.media_type_id }] : []),
  ])
  const { rows, count } = await musicOf(req.scope).listAdminAlbums(filter, { limit, offset })
  res.json({ albums: await albumViews(req.scope, rows, await storeCurrency(req.scope)), count, limit, offset })
}

/**
 * POST /admin/music/albums { title, artist_id, cover_url?, price?, status?, tracks: [{ name, milliseconds, price, … }] }:
 * the album, its tracks and the product selling them (a draft unless `status` is "published").
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateAlbumBodyType>, res: MedusaResponse) {
  const currency = await storeCurrency(req.scope)
  const { result } = await createCatalogueAlbumWorkflow(req.scope).run({ input: { ...req.validatedBody, currency_code: currency } })
  res.status(201).json({ album: await oneAlbum(req.scope, result.id, currency) })
}
