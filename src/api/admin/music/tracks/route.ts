import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addCatalogueTrackWorkflow } from "../../../../workflows/catalogue/add-track"
import { checkReferences } from "../../../../workflows/catalogue/steps/check-references"
import { storeCurrency } from "../../../../workflows/catalogue/utils/base-prices"
import { musicOf, oneTrack } from "../catalogue/records"
import type { AdminCreateTrackBodyType, AdminListTracksParamsType } from "../catalogue/validators"
import { trackViews } from "../catalogue/views"

/**
 * GET /admin/music/tracks?q=&album_id=&artist_id=&genre_id=&media_type_id=&published=&order=&limit=&offset=:
 * every track; an album's in running order. `q` matches the name or the composer.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...filter } = req.validatedQuery as AdminListTracksParamsType
  await checkReferences(req.scope, [
    ...(filter.album_id ? [{ field: "album_id", kind: "album" as const, id: filter.album_id }] : []),
    ...(filter.artist_id ? [{ field: "artist_id", kind: "artist" as const, id: filter.artist_id }] : []),
    ...(filter.genre_id ? [{ field: "genre_id", kind: "genre" as const, id: filter.genre_id }] : []),
    ...(filter.media_type_id ? [{ field: "media_type_id", kind: "media_type" as const, id: filter.media_type_id }] : []),
  ])
  const { rows, count } = await musicOf(req.scope).listAdminTracks(filter, { limit, offset })
  res.json({ tracks: await trackViews(req.scope, rows, await storeCurrency(req.scope)), count, limit, offset })
}

/** POST /admin/music/tracks { album_id, name, milliseconds, price, … }: adds a track to an album, sold as a new variant. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateTrackBodyType>, res: MedusaResponse) {
  const currency = await storeCurrency(req.scope)
  const { result } = await addCatalogueTrackWorkflow(req.scope).run({ input: { ...req.validatedBody, currency_code: currency } })
  res.status(201).json({ track: await oneTrack(req.scope, result.id, currency) })
}
