import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { DOWNLOAD_FORMATS } from "../../../../../lib/downloads/issue-url"
import { rejectHostileBytes } from "../../../../utils/clean-text"
import { noFields } from "../../../music/utils/fields"

// The answer has a fixed shape: no `fields`, and nothing in the body (no
// body at all is fine) but, for a track's download, the `format` asked for.
const NoBody = z.preprocess((body) => body ?? {}, z.object({}).strict())
const NoFields = z.object({ fields: noFields })

const format = z.enum(DOWNLOAD_FORMATS, { message: `format: one of ${DOWNLOAD_FORMATS.join(", ")}` }).optional()
// `format` in the body or the query string (the body wins).
const FormatBody = z.preprocess((body) => body ?? {}, z.object({ format }).strict())
const FormatQuery = z.object({ fields: noFields, format })

const post = (matcher: string, body: z.ZodType = NoBody, query: z.ZodType = NoFields): MiddlewareRoute => ({
  method: ["POST"],
  matcher,
  // /store/customers/me* already requires a logged-in customer (Medusa's own middleware).
  middlewares: [rejectHostileBytes, validateAndTransformQuery(query as any, {}), validateAndTransformBody(body as any)],
})

export const storeDownloadMiddlewares: MiddlewareRoute[] = [
  post("/store/customers/me/library/tracks/:id/download", FormatBody, FormatQuery),
  post("/store/customers/me/library/tracks/:id/stream"),
  post("/store/customers/me/library/albums/:id/download"),
]
