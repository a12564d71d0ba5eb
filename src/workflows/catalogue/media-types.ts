import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createReferenceRecordsStep } from "../music/steps/create-reference-records"
import { assertDeletableStep } from "./steps/assert-deletable"
import { softDeleteMusicStep } from "./steps/soft-delete-music"
import { updateCatalogueRecordsStep } from "./steps/update-catalogue-records"

/** A new media type (a track's file format: "MPEG audio file", …); Medusa has no counterpart. */
export const createCatalogueMediaTypeWorkflow = createWorkflow("create-catalogue-media-type", (input: { name: string }) => {
  const created = createReferenceRecordsStep(transform({ input }, ({ input }) => ({ media_types: [{ name: input.name }] })))
  return new WorkflowResponse(transform({ created }, ({ created }) => created.media_types[0]))
})

/** Renames a media type; its tracks' cards show the new name at once. */
export const updateCatalogueMediaTypeWorkflow = createWorkflow("update-catalogue-media-type", (input: { id: string; name: string }) => {
  const updated = updateCatalogueRecordsStep(transform({ input }, ({ input }) => ({ media_types: [{ id: input.id, name: input.name }] })))
  return new WorkflowResponse(updated)
})

/** Deletes a media type no track has (refused with the reason otherwise). */
export const deleteCatalogueMediaTypeWorkflow = createWorkflow("delete-catalogue-media-type", (input: { id: string }) => {
  assertDeletableStep(transform({ input }, ({ input }) => ({ kind: "media_type" as const, id: input.id })))
  softDeleteMusicStep(transform({ input }, ({ input }) => ({ media_types: [input.id] })))
  return new WorkflowResponse({ id: input.id })
})
