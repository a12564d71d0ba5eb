import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"

/**
 * Every record of the digital delivery setup carries this name, which is how
 * a re-run finds them (fulfilment set names are unique in Medusa).
 */
export const DIGITAL_DELIVERY = "Digital delivery"
export const DIGITAL_DELIVERY_CODE = "digital"
/** Medusa's built-in manual fulfilment provider (registered by default). */
export const MANUAL_FULFILLMENT_PROVIDER = "manual_manual"

type Options = { sales_channel_id: string; currency_code: string; countries: string[] }

/**
 * A $0 "Digital delivery" shipping option for clients that insist on a
 * shipping method (Medusa's Next.js starter): its own shipping profile, a
 * stock location on the storefront's sales channel with the manual provider,
 * a fulfilment set whose service zone covers the store's countries.
 * Our products are not on this profile: track variants need no shipping, so a
 * cart without any shipping method completes too.
 * Idempotent: each record is found by name and only what is missing is made.
 * Returns the shipping option's id.
 */
export async function ensureDigitalDelivery(container: MedusaContainer, opts: Options): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { data: profiles } = await query.graph({
    entity: "shipping_profile",
    fields: ["id"],
    filters: { name: DIGITAL_DELIVERY },
  })
  let profileId: string = profiles[0]?.id
  if (!profileId) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: DIGITAL_DELIVERY, type: DIGITAL_DELIVERY_CODE }] },
    })
    profileId = result[0].id
  }

  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id", "fulfillment_providers.id", "fulfillment_sets.id", "fulfillment_sets.name"],
    filters: { name: DIGITAL_DELIVERY },
  })
  let location = locations[0]
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: { locations: [{ name: DIGITAL_DELIVERY }] },
    })
    location = { id: result[0].id, sales_channels: [], fulfillment_providers: [], fulfillment_sets: [] } as any
  }
  if (!location.sales_channels?.some((sc: any) => sc?.id === opts.sales_channel_id)) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [opts.sales_channel_id] },
    })
  }
  if (!location.fulfillment_providers?.some((p: any) => p?.id === MANUAL_FULFILLMENT_PROVIDER)) {
    await createLinksWorkflow(container).run({
      input: [
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
          [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILLMENT_PROVIDER },
        },
      ],
    })
  }

  const { data: sets } = await query.graph({
    entity: "fulfillment_set",
    fields: ["id", "service_zones.id", "service_zones.name"],
    filters: { name: DIGITAL_DELIVERY },
  })
  let set = sets[0]
  if (!set) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: location.id, fulfillment_set_data: { name: DIGITAL_DELIVERY, type: "shipping" } },
    })
    const { data: made } = await query.graph({
      entity: "fulfillment_set",
      fields: ["id", "service_zones.id", "service_zones.name"],
      filters: { name: DIGITAL_DELIVERY },
    })
    set = made[0]
  }
  let zoneId: string = set.service_zones?.find((z: any) => z?.name === DIGITAL_DELIVERY)?.id ?? ""
  if (!zoneId) {
    const { result } = await createServiceZonesWorkflow(container).run({
      input: {
        data: [
          {
            fulfillment_set_id: set.id,
            name: DIGITAL_DELIVERY,
            geo_zones: opts.countries.map((country_code) => ({ type: "country" as const, country_code })),
          },
        ],
      },
    })
    zoneId = result[0].id
  }

  const existing = await findDigitalShippingOption(container)
  if (existing) {
    return existing
  }
  const { result } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: DIGITAL_DELIVERY,
        price_type: "flat",
        provider_id: MANUAL_FULFILLMENT_PROVIDER,
        service_zone_id: zoneId,
        shipping_profile_id: profileId,
        type: {
          label: DIGITAL_DELIVERY,
          description: "Download and stream from your library at once",
          code: DIGITAL_DELIVERY_CODE,
        },
        prices: [{ currency_code: opts.currency_code, amount: 0 }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  return result[0].id
}

/** The id of the store's digital delivery shipping option, if setup made it. */
export async function findDigitalShippingOption(container: MedusaContainer): Promise<string | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "service_zone.name"],
    filters: { name: DIGITAL_DELIVERY },
  })
  return data.find((o: any) => o.service_zone?.name === DIGITAL_DELIVERY)?.id
}
