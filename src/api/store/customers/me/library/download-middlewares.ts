import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { rejectHostileBytes } from "../../../../utils/clean-text"
import { noFields } from "../../../music/utils/fields"

// The answer is a fixed { url, expires_at }: no `fields`, and nothing in
// the body (no body at all is fine).
const NoBody = z.preprocess((body) => body ?? {}, z.object({}).strict())
const NoFields = z.object({ fields: noFields })

const post = (matcher: string): MiddlewareRoute => ({
  method: ["POST"],
  matcher,
  // /store/customers/me* already requires a logged-in customer (Medusa's own middleware).
  middlewares: [rejectHostileBytes, validateAndTransformQuery(NoFields, {}), validateAndTransformBody(NoBody)],
})

export const storeDownloadMiddlewares: MiddlewareRoute[] = [
  post("/store/customers/me/library/tracks/:id/download"),
  post("/store/customers/me/library/tracks/:id/stream"),
  post("/store/customers/me/library/albums/:id/download"),
]
