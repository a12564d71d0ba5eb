import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { clearCatalogueCache } from "../../src/lib/catalogue-cache"
import { ensureStaffLogin } from "../../src/lib/staff-login"
import { ensureStoreSetup, SYSTEM_PAYMENT_PROVIDER, type StoreSetup } from "../../src/lib/store-setup"
import { createPaidOrdersWorkflow } from "../../src/workflows/orders/create-paid-orders"
import { recordMissingOwnership } from "../../src/workflows/ownership/record-missing"

/** Staff logged in through Medusa's own auth route: the bearer header admin requests carry. */
export async function staffHeaders(api: any, container: MedusaContainer, email = "catalogue-staff@example.com") {
  const password = "catalogue-staff-pass-1"
  await ensureStaffLogin(container, { email, password })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

export async function storeSetup(container: MedusaContainer) {
  const setup = await ensureStoreSetup(container)
  return { setup, pk: { headers: { "x-publishable-api-key": setup.publishable_key } } }
}

/**
 * A new customer's paid order for this variant of the album, recorded in the
 * ownership ledger as the import records Chinook's orders: sold, and owned.
 */
export async function sellVariant(container: MedusaContainer, setup: StoreSetup, albumId: string, variantId: string, email = "buyer@example.com") {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "album", fields: ["product.id"], filters: { id: albumId } })
  const productId = (data[0] as any).product.id
  const [customer] = await container.resolve(Modules.CUSTOMER).createCustomers([{ email }])
  const { result } = await createPaidOrdersWorkflow(container).run({
    input: {
      provider_id: SYSTEM_PAYMENT_PROVIDER,
      orders: [
        {
          region_id: setup.region_id,
          sales_channel_id: setup.sales_channel_id,
          customer_id: customer.id,
          email,
          currency_code: "usd",
          no_notification: true,
          items: [{ title: "Music", product_id: productId, variant_id: variantId, quantity: 1, unit_price: 0.99, requires_shipping: false }],
        } as any,
      ],
    },
  })
  await recordMissingOwnership(container, result.map((o: any) => o.id))
  return result[0].id as string
}

/**
 * The database goes back to the suite's starting point before every test,
 * the Caching Module does not: forget what a previous test left cached of
 * these albums, so no test reads another's names.
 */
export async function forgetCachedAlbums(container: MedusaContainer, albumIds: string[]) {
  await clearCatalogueCache(container, albumIds)
}

/** The response of a request expected to fail. */
export async function failure(request: Promise<any>) {
  try {
    const res = await request
    throw new Error(`expected a failure, got ${res.status}: ${JSON.stringify(res.data).slice(0, 300)}`)
  } catch (e: any) {
    if (!e.response) throw e
    return e.response as { status: number; data: any }
  }
}
