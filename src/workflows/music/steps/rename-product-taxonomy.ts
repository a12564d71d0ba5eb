import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type TaxonomyRenames = {
  collections?: { id: string; title: string }[]
  categories?: { id: string; name: string }[]
}

/**
 * Renames product collections and categories (one call per record: the
 * product module updates one value per selector); compensation renames
 * them back.
 */
export const renameProductTaxonomyStep = createStep(
  "rename-product-taxonomy",
  async (input: TaxonomyRenames, { container }) => {
    const product = container.resolve(Modules.PRODUCT)
    const previous: Required<TaxonomyRenames> = { collections: [], categories: [] }
    for (const c of input.collections ?? []) {
      const before = await product.retrieveProductCollection(c.id, { select: ["id", "title"] })
      previous.collections.push({ id: c.id, title: before.title })
      await product.updateProductCollections(c.id, { title: c.title })
    }
    for (const c of input.categories ?? []) {
      const before = await product.retrieveProductCategory(c.id, { select: ["id", "name"] })
      previous.categories.push({ id: c.id, name: before.name })
      await product.updateProductCategories(c.id, { name: c.name })
    }
    return new StepResponse(input, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const product = container.resolve(Modules.PRODUCT)
    for (const c of previous.collections) await product.updateProductCollections(c.id, { title: c.title })
    for (const c of previous.categories) await product.updateProductCategories(c.id, { name: c.name })
  }
)
