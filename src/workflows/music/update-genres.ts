import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { applyRenames, type RenamePlan } from "./utils/apply-renames"

export type UpdateGenresWorkflowInput = { genres: { id: string; name: string }[] }

/** Renames genres and their product categories (unless staff renamed the category themselves). */
export const updateGenresWorkflow = createWorkflow("update-genres", (input: UpdateGenresWorkflowInput) => {
  const ids = transform({ input }, ({ input }) => input.genres.map((g) => g.id))
  const { data: genres } = useQueryGraphStep({
    entity: "genre",
    fields: ["id", "name", "product_category.id", "product_category.name"],
    filters: { id: ids },
  })

  const plan = transform({ input, genres }, ({ input, genres }): RenamePlan => {
    const byId = new Map(genres.map((g: any) => [g.id, g]))
    const plan: RenamePlan = { music: { genres: input.genres }, products: [], taxonomy: { categories: [] } }
    for (const { id, name } of input.genres) {
      const old: any = byId.get(id)
      // Unknown ids are refused by updateMusicRecordsStep before anything is written.
      if (!old) continue
      if (old.product_category?.id && old.product_category.name === old.name) {
        plan.taxonomy.categories!.push({ id: old.product_category.id, name })
      }
    }
    return plan
  })
  applyRenames(plan)
  return new WorkflowResponse(plan)
})
