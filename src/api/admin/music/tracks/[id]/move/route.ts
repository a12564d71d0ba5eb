import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moveCatalogueTrackWorkflow } from "../../../../../../workflows/catalogue/move-track"
import { oneTrack } from "../../../catalogue/records"
import type { AdminMoveTrackBodyType } from "../../../catalogue/validators"

/**
 * POST /admin/music/tracks/:id/move { album_id, track_number? }: the track
 * goes to another album (at its end unless a place is given), sold there by
 * a variant of that album's product; its owners and sales stay its own.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminMoveTrackBodyType>, res: MedusaResponse) {
  const { result } = await moveCatalogueTrackWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ track: await oneTrack(req.scope, req.params.id), from_album_id: result.from_album_id, variant_id: result.variant_id })
}
