import { createProductsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Failures half-way through our workflows, for the rollback tests: these
 * hooks run after Medusa has written the product or the variant (prices
 * included). Medusa takes one handler per hook, so every suite that fails a
 * workflow this way shares these two; set a field, and clear it after.
 */
export const failing = { productTitle: null as string | null, variantId: null as string | null }

createProductsWorkflow.hooks.productsCreated(async ({ products }) => {
  if (failing.productTitle && products.some((p: any) => p.title === failing.productTitle)) throw new Error("Simulated failure after the product was made")
})
updateProductVariantsWorkflow.hooks.productVariantsUpdated(async ({ product_variants }) => {
  if (failing.variantId && product_variants.some((v: any) => v.id === failing.variantId)) throw new Error("Simulated failure after the variant was written")
})
