import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncCatalogueVisibilityWorkflow } from "../../../workflows/music/sync-catalogue-visibility"

/**
 * Medusa's workflow for adding products to a sales channel (or taking them
 * out) has neither hook nor event, so the store's visibility of those albums
 * is brought up to date once the staff's request has succeeded.
 */
function syncAfterSalesChannelProducts(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as { add?: unknown; remove?: unknown }
  const product_ids = [body.add, body.remove].flatMap((l) => (Array.isArray(l) ? l : [])).filter((id): id is string => typeof id === "string")
  if (product_ids.length) {
    res.on("finish", () => {
      if (res.statusCode >= 400) return
      syncCatalogueVisibilityWorkflow(req.scope)
        .run({ input: { product_ids } })
        .catch((e) =>
          req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Album visibility sync failed: ${e?.message ?? e}`)
        )
    })
  }
  next()
}

export const adminVisibilityMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/sales-channels/:id/products", middlewares: [syncAfterSalesChannelProducts] },
]
