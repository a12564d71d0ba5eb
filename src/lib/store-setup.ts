import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { CHINOOK_COUNTRIES } from "./countries"
import { ensureDigitalDelivery } from "./digital-delivery"
import { offeredPaymentProviders } from "./payment-providers"

/** The countries of Chinook's customers: one USD region serves them all. */
export const STORE_COUNTRIES = Object.values(CHINOOK_COUNTRIES).sort()
export const STORE_NAME = "Chinook Records"
const MEDUSA_DEFAULT_STORE_NAME = "Medusa Store"
export const STORE_CURRENCY = "usd"
export const REGION_NAME = "Worldwide"
export const STOREFRONT_KEY_TITLE = "Storefront"
export const SYSTEM_PAYMENT_PROVIDER = "pp_system_default"

export type StoreSetup = {
  region_id: string
  sales_channel_id: string
  publishable_key: string
  /** The $0 "Digital delivery" shipping option (src/lib/digital-delivery.ts). */
  shipping_option_id: string
}

/**
 * Makes the store sellable: USD as its currency, one region for the
 * customers' countries with the payment providers that are configured, and a
 * publishable API key for the storefront on the default sales channel, and
 * the $0 "Digital delivery" shipping option for clients that need one.
 * Idempotent: it finds what exists and creates only what is missing.
 */
export async function ensureStoreSetup(container: MedusaContainer): Promise<StoreSetup> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const {
    data: [store],
  } = await query.graph({
    entity: "store",
    fields: ["id", "name", "default_sales_channel_id", "supported_currencies.currency_code"],
  })
  const salesChannelId = store.default_sales_channel_id
  if (!salesChannelId) {
    throw new Error("The store has no default sales channel; run the database migrations first.")
  }
  const update: Record<string, unknown> = {}
  if (!store.supported_currencies?.some((c: any) => c.currency_code === STORE_CURRENCY)) {
    update.supported_currencies = [{ currency_code: STORE_CURRENCY, is_default: true }]
  }
  // Only Medusa's placeholder name: a name staff chose stays.
  if (store.name === MEDUSA_DEFAULT_STORE_NAME) {
    update.name = STORE_NAME
  }
  if (Object.keys(update).length) {
    await updateStoresWorkflow(container).run({ input: { selector: { id: store.id }, update } })
  }

  const synced = await syncRegionPaymentProviders(container)
  let regionId: string
  if (synced) {
    regionId = synced.region_id
  } else {
    const providers = await configuredPaymentProviders(container)
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION_NAME,
            currency_code: STORE_CURRENCY,
            countries: STORE_COUNTRIES,
            payment_providers: providers,
            automatic_taxes: false,
          },
        ],
      },
    })
    regionId = result[0].id
  }

  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "token", "sales_channels.id"],
    filters: { type: "publishable", title: STOREFRONT_KEY_TITLE, revoked_at: null },
  })
  let key: { id: string; token: string; linked: boolean } | undefined = keys[0] && {
    id: keys[0].id,
    token: keys[0].token,
    linked: !!keys[0].sales_channels?.some((sc: any) => sc?.id === salesChannelId),
  }
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "" }] },
    })
    key = { id: result[0].id, token: result[0].token, linked: false }
  }
  if (!key.linked) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: [salesChannelId] },
    })
  }

  const shippingOptionId = await ensureDigitalDelivery(container, {
    sales_channel_id: salesChannelId,
    currency_code: STORE_CURRENCY,
    countries: STORE_COUNTRIES,
  })

  return {
    region_id: regionId,
    sales_channel_id: salesChannelId,
    publishable_key: key.token,
    shipping_option_id: shippingOptionId,
  }
}

/** The payment providers this server was started with (medusa-config.ts) that the region offers. */
async function configuredPaymentProviders(container: MedusaContainer) {
  const paymentModule = container.resolve(Modules.PAYMENT)
  return offeredPaymentProviders((await paymentModule.listPaymentProviders({ is_enabled: true })).map((p) => p.id))
}

/**
 * Makes the store's region offer exactly the payment providers this server was
 * started with: one configured since (Stripe after STRIPE_API_KEY was set) is
 * added, one whose configuration was removed (Medusa marks it disabled) is
 * taken off. Runs at every start (src/modules/store-startup) and in the setup.
 * Returns undefined when the store has no region yet (before the first setup).
 */
export async function syncRegionPaymentProviders(
  container: MedusaContainer
): Promise<{ region_id: string; payment_providers: string[]; changed: boolean } | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
    filters: { name: REGION_NAME },
  })
  if (!regions.length) {
    return undefined
  }
  const providers = await configuredPaymentProviders(container)
  const has = (regions[0].payment_providers ?? []).map((p: any) => p.id).sort()
  const changed = has.join() !== providers.join()
  if (changed) {
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: regions[0].id }, update: { payment_providers: providers } },
    })
  }
  return { region_id: regions[0].id, payment_providers: providers, changed }
}
