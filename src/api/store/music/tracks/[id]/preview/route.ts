import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ClipCache } from "../../../../../../modules/music/preview/clip-cache"
import { DEMO_CLIP_VERSION, renderDemoClip } from "../../../../../../modules/music/preview/demo-clip"
import { parseByteRange } from "../../../../../utils/byte-range"

const PREVIEW_SECONDS = 30
const clips = new ClipCache()

/**
 * GET /store/music/tracks/:id/preview: a 30-second preview anyone may play,
 * with HTTP Range so players can seek. Chinook has no audio, so every track is
 * previewed by its generated demo clip, labelled as such in its tags and in
 * the X-Preview-Kind header.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [track],
  } = await query.graph({
    entity: "track",
    fields: ["id", "name", "milliseconds", "genre.name", "album.artist.name"],
    filters: { id: req.params.id },
  })
  if (!track) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Track with id: ${req.params.id} was not found`)
  }

  const seconds = Math.max(1, Math.min(PREVIEW_SECONDS, Math.floor(track.milliseconds / 1000)))
  const key = `${track.id}-v${DEMO_CLIP_VERSION}-${seconds}s`
  const etag = `"${key}"`
  res.setHeader("Accept-Ranges", "bytes")
  res.setHeader("ETag", etag)
  res.setHeader("Cache-Control", "public, max-age=86400")
  res.setHeader("X-Preview-Kind", "generated-demo")
  if (req.headers["if-none-match"] === etag) {
    res.status(304).end()
    return
  }

  const clip = await clips.get(key, () =>
    renderDemoClip({
      seed: track.id,
      seconds,
      title: track.name,
      artist: track.album?.artist?.name,
      genre: track.genre?.name,
    })
  )
  res.setHeader("Content-Type", "audio/wav")
  res.setHeader("Content-Disposition", `inline; filename="${encodeURIComponent(track.name)} (demo clip).wav"`)

  // An If-Range naming another version of the clip asks for all of it.
  const ifRange = req.headers["if-range"]
  const range = ifRange && ifRange !== etag ? undefined : parseByteRange(req.headers.range, clip.length)
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
