import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCollectionsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createMusicTaxonomyWorkflow } from "../music/create-music-taxonomy"
import { createReferenceRecordsStep } from "../music/steps/create-reference-records"
import { slug } from "../music/utils/album-product"
import { assertDeletableStep } from "./steps/assert-deletable"
import { softDeleteMusicStep } from "./steps/soft-delete-music"

/**
 * A new artist, with the Medusa product collection that any Medusa client
 * browses their albums by, as the import makes them. The handle carries the
 * id's end, so two artists of one name never collide.
 */
export const createCatalogueArtistWorkflow = createWorkflow("create-catalogue-artist", (input: { name: string }) => {
  const created = createReferenceRecordsStep(transform({ input }, ({ input }) => ({ artists: [{ name: input.name }] })))
  const taxonomy = transform({ created }, ({ created }) => ({
    artists: created.artists.map((a) => ({ id: a.id, name: a.name, handle: `${slug(a.name) || "artist"}-${a.id.slice(-6).toLowerCase()}` })),
  }))
  createMusicTaxonomyWorkflow.runAsStep({ input: taxonomy })
  return new WorkflowResponse(transform({ created }, ({ created }) => created.artists[0]))
})

/** Deletes an artist without albums (refused with the reason otherwise), and their collection. */
export const deleteCatalogueArtistWorkflow = createWorkflow("delete-catalogue-artist", (input: { id: string }) => {
  assertDeletableStep(transform({ input }, ({ input }) => ({ kind: "artist" as const, id: input.id })))
  const { data: artists } = useQueryGraphStep({
    entity: "artist",
    fields: ["id", "product_collection.id"],
    filters: { id: input.id },
  }).config({ name: "delete-artist-collection" })
  softDeleteMusicStep(transform({ input }, ({ input }) => ({ artists: [input.id] })))
  const collectionIds = transform({ artists }, ({ artists }) =>
    artists.map((a: any) => a.product_collection?.id).filter((id: string | undefined): id is string => !!id)
  )
  when("delete-artist-has-collection", { collectionIds }, ({ collectionIds }) => collectionIds.length > 0).then(() => {
    deleteCollectionsWorkflow.runAsStep({ input: { ids: collectionIds } })
  })
  return new WorkflowResponse({ id: input.id })
})
