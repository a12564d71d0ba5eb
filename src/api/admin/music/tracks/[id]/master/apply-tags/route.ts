import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyMasterTagsWorkflow } from "../../../../../../../workflows/music/apply-master-tags"
import type { AdminApplyMasterTagsType } from "../../../validators"

/**
 * POST /admin/music/tracks/:id/master/apply-tags `{ fields? }`: fills the
 * track's name, composer, duration, size, number and genre (or the `fields`
 * named) from what was read of its master at upload. Answers what changed
 * and what could not be filled (a genre the catalogue does not have).
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminApplyMasterTagsType>, res: MedusaResponse) {
  const { result } = await applyMasterTagsWorkflow(req.scope).run({
    input: { track_id: req.params.id, fields: req.validatedBody.fields },
  })
  res.json({ track_id: result.track_id, changed: result.changed, skipped: result.skipped })
}
