// `medusa exec ./bench/lib/plain-product.ts`: the plain Medusa product that
// bench:checkout buys next to a track, so that the same cart flow is timed
// without our hooks' work: no album, no track, no link to the music module,
// one download-like variant (no inventory, no shipping profile) at a track's
// price, on the storefront's sales channel. Made once (found again by its
// handle); prints its variant id on a line of its own.
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ensureStoreSetup, STORE_CURRENCY } from "../../src/lib/store-setup"

const HANDLE = "bench-plain-download"

export default async function plainProduct({ container }: ExecArgs) {
  const setup = await ensureStoreSetup(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "variants.id"], filters: { handle: HANDLE } })
  let variantId = (data[0] as any)?.variants?.[0]?.id as string | undefined
  if (!variantId) {
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            title: "Bench plain download",
            handle: HANDLE,
            status: ProductStatus.PUBLISHED,
            options: [{ title: "Format", values: ["Download"] }],
            variants: [
              {
                title: "Download",
                sku: HANDLE,
                options: { Format: "Download" },
                manage_inventory: false,
                prices: [{ amount: 0.99, currency_code: STORE_CURRENCY }],
              },
            ],
            sales_channels: [{ id: setup.sales_channel_id }],
          },
        ],
      },
    })
    variantId = result[0].variants[0].id
  }
  console.log(`BENCH_PLAIN_VARIANT=${variantId}`)
}
