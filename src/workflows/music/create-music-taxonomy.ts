import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createCollectionsWorkflow,
  createProductCategoriesWorkflow,
  createRemoteLinkStep,
} from "@medusajs/medusa/core-flows"
import { MUSIC_MODULE } from "../../modules/music"

export type CreateMusicTaxonomyInput = {
  /** Artists that get a collection each; `handle` must be unique among collections. */
  artists?: { id: string; name: string; handle: string }[]
  /** Genres that get a product category each; `handle` must be unique among categories. */
  genres?: { id: string; name: string; handle: string }[]
}

/**
 * Gives artists a Medusa product collection and genres a product category,
 * linked to them, so any Medusa client can browse albums by artist and genre.
 */
export const createMusicTaxonomyWorkflow = createWorkflow(
  "create-music-taxonomy",
  (input: CreateMusicTaxonomyInput) => {
    const collectionsInput = transform({ input }, ({ input }) => ({
      collections: (input.artists ?? []).map((a) => ({
        title: a.name,
        handle: a.handle,
        metadata: { artist_id: a.id },
      })),
    }))
    const categoriesInput = transform({ input }, ({ input }) => ({
      product_categories: (input.genres ?? []).map((g) => ({
        name: g.name,
        handle: g.handle,
        is_active: true,
        is_internal: false,
        metadata: { genre_id: g.id },
      })),
    }))
    const collections = createCollectionsWorkflow.runAsStep({ input: collectionsInput })
    const categories = createProductCategoriesWorkflow.runAsStep({ input: categoriesInput })

    // Matched by the metadata each was created with, not by position.
    const links = transform({ collections, categories }, ({ collections, categories }) => [
      ...collections.map((c) => ({
        [MUSIC_MODULE]: { artist_id: c.metadata!.artist_id as string },
        [Modules.PRODUCT]: { product_collection_id: c.id },
      })),
      ...categories.map((c) => ({
        [MUSIC_MODULE]: { genre_id: c.metadata!.genre_id as string },
        [Modules.PRODUCT]: { product_category_id: c.id },
      })),
    ])
    createRemoteLinkStep(links)
    return new WorkflowResponse({ collections, categories })
  }
)
