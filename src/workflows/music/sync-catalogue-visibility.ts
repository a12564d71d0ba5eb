import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAlbumSalesChannelsStep, type SetAlbumSalesChannelsInput } from "./steps/set-album-sales-channels"

/**
 * Brings the music catalogue's read model of visibility in line with the
 * products: an album (and its tracks) is shown in the sales channels its
 * product is published in, and nowhere once the product is a draft, archived,
 * deleted or in no channel.
 */
export const syncCatalogueVisibilityWorkflow = createWorkflow(
  "sync-catalogue-visibility",
  (input: SetAlbumSalesChannelsInput) => {
    return new WorkflowResponse(setAlbumSalesChannelsStep(input))
  }
)
