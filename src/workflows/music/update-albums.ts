import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { applyRenames, type RenamePlan } from "./utils/apply-renames"

export type UpdateAlbumsWorkflowInput = { albums: { id: string; title?: string; cover_url?: string | null }[] }

/**
 * Retitles albums or replaces their covers, and the product with them: its
 * title, thumbnail and the cover among its images. A product title or
 * thumbnail that staff changed in the admin themselves is kept.
 */
export const updateAlbumsWorkflow = createWorkflow("update-albums", (input: UpdateAlbumsWorkflowInput) => {
  const ids = transform({ input }, ({ input }) => input.albums.map((a) => a.id))
  const { data: albums } = useQueryGraphStep({
    entity: "album",
    fields: ["id", "title", "cover_url", "product.id", "product.title", "product.thumbnail", "product.images.url"],
    filters: { id: ids },
  })

  const plan = transform({ input, albums }, ({ input, albums }): RenamePlan => {
    const byId = new Map(albums.map((a: any) => [a.id, a]))
    const plan: RenamePlan = { music: { albums: input.albums }, products: [], taxonomy: {} }
    for (const edit of input.albums) {
      const old: any = byId.get(edit.id)
      // Unknown ids are refused by updateMusicRecordsStep before anything is written.
      if (!old) continue
      const p = old.product
      if (!p?.id) continue
      const change: RenamePlan["products"][number] = { id: p.id }
      if (edit.title !== undefined && p.title === old.title) change.title = edit.title
      if (edit.cover_url !== undefined && edit.cover_url !== old.cover_url) {
        if (p.thumbnail === old.cover_url) change.thumbnail = edit.cover_url
        const urls: string[] = (p.images ?? []).map((i: any) => i.url)
        const kept = urls.filter((u) => u !== old.cover_url)
        if (kept.length !== urls.length || !urls.length) {
          change.images = [...(edit.cover_url ? [{ url: edit.cover_url }] : []), ...kept.map((url) => ({ url }))]
        }
      }
      if (Object.keys(change).length > 1) plan.products.push(change)
    }
    return plan
  })
  applyRenames(plan)
  return new WorkflowResponse(plan)
})
