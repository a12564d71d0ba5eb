import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { albumDescription } from "./utils/album-product"
import { applyRenames, type RenamePlan } from "./utils/apply-renames"

export type UpdateArtistsWorkflowInput = { artists: { id: string; name: string }[] }

/**
 * Renames artists, and with them what Medusa shows: their albums' product
 * subtitle and generated description, and their collection's title. A
 * product text or collection title that staff wrote themselves is kept.
 */
export const updateArtistsWorkflow = createWorkflow("update-artists", (input: UpdateArtistsWorkflowInput) => {
  const ids = transform({ input }, ({ input }) => input.artists.map((a) => a.id))
  const { data: artists } = useQueryGraphStep({
    entity: "artist",
    fields: [
      "id", "name", "product_collection.id", "product_collection.title",
      "albums.id", "albums.tracks.milliseconds", "albums.product.id", "albums.product.subtitle", "albums.product.description",
    ],
    filters: { id: ids },
  })

  const plan = transform({ input, artists }, ({ input, artists }): RenamePlan => {
    const byId = new Map(artists.map((a: any) => [a.id, a]))
    const plan: RenamePlan = { music: { artists: input.artists }, products: [], taxonomy: { collections: [] } }
    for (const { id, name } of input.artists) {
      const old: any = byId.get(id)
      // Unknown ids are refused by updateMusicRecordsStep before anything is written.
      if (!old) continue
      if (old.product_collection?.id && old.product_collection.title === old.name) {
        plan.taxonomy.collections!.push({ id: old.product_collection.id, title: name })
      }
      for (const album of old.albums ?? []) {
        const p = album.product
        if (!p?.id) continue
        const tracks = album.tracks ?? []
        const change: RenamePlan["products"][number] = { id: p.id }
        if (p.subtitle === old.name) change.subtitle = name
        if (p.description === albumDescription({ artist: { name: old.name }, tracks })) {
          change.description = albumDescription({ artist: { name }, tracks })
        }
        if (Object.keys(change).length > 1) plan.products.push(change)
      }
    }
    return plan
  })
  applyRenames(plan)
  return new WorkflowResponse(plan)
})
