// Installed as src/api/middlewares.ts in the benchmark's build only; the
// store's own middlewares.ts is copied beside it as app-middlewares.ts and
// kept whole. Opts Medusa's POST /store/search in for the benchmark's
// indexes, each narrowed to the publishable key's sales channels as our
// routes are.
import { configureStoreSearch, defineMiddlewares, type MedusaStoreRequest } from "@medusajs/framework/http"
import app from "./app-middlewares"

const inKeyChannels = { filters: (req: MedusaStoreRequest) => ({ sales_channel_ids: req.publishable_key_context.sales_channel_ids }) }

export default defineMiddlewares({
  errorHandler: app.errorHandler,
  routes: [
    ...(app.routes ?? []),
    {
      matcher: "/store/search",
      method: ["POST"],
      middlewares: [configureStoreSearch({ allowed_indexes: { artist: inKeyChannels, album: inKeyChannels, track: inKeyChannels } })],
    },
  ],
})
