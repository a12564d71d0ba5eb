import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createReferenceRecordsStep, ReferenceRecordsInput } from "./steps/create-reference-records"

/** Creates genres, media types and artists: the records albums and tracks point at. */
export const createReferenceRecordsWorkflow = createWorkflow(
  "create-music-reference-records",
  (input: ReferenceRecordsInput) => new WorkflowResponse(createReferenceRecordsStep(input))
)
