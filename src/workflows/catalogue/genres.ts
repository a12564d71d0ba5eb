import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductCategoriesWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createMusicTaxonomyWorkflow } from "../music/create-music-taxonomy"
import { createReferenceRecordsStep } from "../music/steps/create-reference-records"
import { slug } from "../music/utils/album-product"
import { assertDeletableStep } from "./steps/assert-deletable"
import { softDeleteMusicStep } from "./steps/soft-delete-music"

/** A new genre, with its Medusa product category (albums join it when they get a track of the genre). */
export const createCatalogueGenreWorkflow = createWorkflow("create-catalogue-genre", (input: { name: string }) => {
  const created = createReferenceRecordsStep(transform({ input }, ({ input }) => ({ genres: [{ name: input.name }] })))
  const taxonomy = transform({ created }, ({ created }) => ({
    genres: created.genres.map((g) => ({ id: g.id, name: g.name, handle: `${slug(g.name) || "genre"}-${g.id.slice(-6).toLowerCase()}` })),
  }))
  createMusicTaxonomyWorkflow.runAsStep({ input: taxonomy })
  return new WorkflowResponse(transform({ created }, ({ created }) => created.genres[0]))
})

/** Deletes a genre no track has (refused with the reason otherwise), and its product category. */
export const deleteCatalogueGenreWorkflow = createWorkflow("delete-catalogue-genre", (input: { id: string }) => {
  assertDeletableStep(transform({ input }, ({ input }) => ({ kind: "genre" as const, id: input.id })))
  const { data: genres } = useQueryGraphStep({
    entity: "genre",
    fields: ["id", "product_category.id"],
    filters: { id: input.id },
  }).config({ name: "delete-genre-category" })
  softDeleteMusicStep(transform({ input }, ({ input }) => ({ genres: [input.id] })))
  const categoryIds = transform({ genres }, ({ genres }) =>
    genres.map((g: any) => g.product_category?.id).filter((id: string | undefined): id is string => !!id)
  )
  when("delete-genre-has-category", { categoryIds }, ({ categoryIds }) => categoryIds.length > 0).then(() => {
    deleteProductCategoriesWorkflow.runAsStep({ input: categoryIds })
  })
  return new WorkflowResponse({ id: input.id })
})
