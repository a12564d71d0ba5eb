import { container as appContainer } from "@medusajs/framework"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncRegionPaymentProviders } from "../../lib/store-setup"

/**
 * Work the store needs at every start of the app, whatever starts it
 * (`medusa start` in a deployment, `medusa develop`, npm start, an import):
 * Medusa calls a module's onApplicationStart hook once all modules, links and
 * workflows are loaded, which no project-level loader offers in 2.21.
 * The hook reads the application container: a module's own container holds
 * only its own services.
 */
export default class StoreStartupService {
  __hooks = {
    onApplicationStart: async () => {
      await syncPaymentProvidersAtStart()
    },
  }
}

/**
 * A store first started without Stripe offers it once STRIPE_API_KEY is set
 * and the app restarts (and stops offering a provider whose keys were removed).
 */
export async function syncPaymentProvidersAtStart(container = appContainer) {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  try {
    const synced = await syncRegionPaymentProviders(container)
    if (synced?.changed) {
      logger.info(`Store region now offers payment providers: ${synced.payment_providers.join(", ")}`)
    }
  } catch (e: any) {
    // Medusa swallows a hook's error; say it, and let the app start anyway.
    logger.warn(`Could not sync the region's payment providers at start: ${e?.message ?? e}`)
  }
}
