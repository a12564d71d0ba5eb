import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { DEMO_CLIP_VERSION } from "../../../../../../modules/music/preview/demo-clip"
import { createPreviews } from "../../../../../../modules/music/preview/previews"
import { RenderQueueFullError } from "../../../../../../modules/music/preview/render-pool"
import { parseByteRange } from "../../../../../utils/byte-range"
import { contentDisposition } from "../../../../../utils/content-disposition"
import { ifNoneMatchMatches, ifRangeAllowsRange } from "../../../../../utils/entity-tags"
import { storeChannels } from "../../../utils/visibility"
import { sendStoredPreview } from "./stored-preview"

const PREVIEW_SECONDS = 30
// Read once when the routes load: a bad PREVIEW_* setting stops the start.
const previews = createPreviews()

/**
 * GET /store/music/tracks/:id/preview: a 30-second preview of a track the
 * key's sales channels sell, with HTTP Range so players can seek. A track
 * whose master staff uploaded plays the MP3 excerpt cut from it
 * (X-Preview-Kind: master-excerpt). Chinook has no audio, so other tracks
 * are previewed by their generated demo clip, labelled as such in its tags
 * and in the X-Preview-Kind header. Clips are
 * rendered on worker threads behind a bounded queue: when it is full the
 * answer is 503 with Retry-After, never an ever-growing backlog.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [track],
  } = await query.graph({
    entity: "track",
    fields: ["id", "name", "milliseconds", "sales_channel_ids", "preview_file_id", "genre.name", "album.artist.name"],
    filters: { id: req.params.id },
  })
  const channels = new Set(storeChannels(req))
  // A hidden album's tracks do not exist as far as the store is concerned.
  if (!track || !(track.sales_channel_ids as string[] | null)?.some((c) => channels.has(c))) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Track with id: ${req.params.id} was not found`)
  }

  // A track with a master previews the 30 seconds cut from it at upload.
  if (track.preview_file_id && (await sendStoredPreview(req, res, track as any))) return

  const seconds = Math.max(1, Math.min(PREVIEW_SECONDS, Math.floor(track.milliseconds / 1000)))
  const key = `${track.id}-v${DEMO_CLIP_VERSION}-${seconds}s`
  // Strong: the bytes for a key never change.
  const etag = `"${key}"`
  res.setHeader("Accept-Ranges", "bytes")
  res.setHeader("ETag", etag)
  res.setHeader("Cache-Control", "public, max-age=86400")
  res.setHeader("X-Preview-Kind", "generated-demo")
  if (ifNoneMatchMatches(req.headers["if-none-match"], etag)) {
    res.status(304).end()
    return
  }

  let clip: Buffer
  try {
    clip = await previews.clip(key, {
      seed: track.id,
      seconds,
      title: track.name,
      artist: track.album?.artist?.name,
      genre: track.genre?.name,
    })
  } catch (e) {
    if (!(e instanceof RenderQueueFullError)) throw e
    res.setHeader("Retry-After", String(e.retryAfterSeconds))
    res.setHeader("Cache-Control", "no-store")
    res.status(503).json({ type: "service_unavailable", message: e.message })
    return
  }
  res.setHeader("Content-Type", "audio/wav")
  res.setHeader("Content-Disposition", contentDisposition(`${track.name} (demo clip).wav`))

  const range = ifRangeAllowsRange(req.headers["if-range"], etag)
    ? parseByteRange(req.headers.range, clip.length)
    : undefined
  if (range === "unsatisfiable") {
    res.setHeader("Content-Range", `bytes */${clip.length}`)
    res.status(416).end()
    return
  }
  if (range) {
    res.setHeader("Content-Range", `bytes ${range.start}-${range.end}/${clip.length}`)
    res.setHeader("Content-Length", String(range.end - range.start + 1))
    res.status(206).end(clip.subarray(range.start, range.end + 1))
    return
  }
  res.setHeader("Content-Length", String(clip.length))
  res.status(200).end(clip)
}
