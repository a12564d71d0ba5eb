import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, parseCorsOrigins } from "@medusajs/framework/utils"
import { verifyAccessToken } from "../../../lib/downloads/access-token"
import { writeZip } from "../../../lib/downloads/album-zip"
import { fullDemoFiles } from "../../../lib/downloads/full-demo"
import { loadAlbumTracks, loadTrack, trackAudio, trackStream } from "../../../lib/downloads/library-files"
import { ownedTrackIds } from "../../../lib/track-access"
import { FfmpegFailedError, FfmpegMissingError } from "../../../lib/audio/ffmpeg"
import { RenderQueueFullError } from "../../../modules/music/preview/render-pool"
import { contentDisposition } from "../../utils/content-disposition"
import { sendFile } from "../../utils/send-file"

// Read once when the routes load: a bad FULL_DEMO_* setting stops the start.
const demos = fullDemoFiles()

const refused = (message: string) => new MedusaError(MedusaError.Types.FORBIDDEN, message)

/**
 * GET /downloads/:token: what a signed URL from the library routes names
 * (see src/lib/downloads/issue-url.ts for why it lives outside /store). The
 * token is the credential: its signature and expiry are checked, and the
 * customer it names must still own the track. Local masters and demos are
 * sent from here with Range; S3 masters redirect to a presigned URL.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  allowStorefront(req, res)
  // The URL is a credential: keep it out of caches and other sites' logs.
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("Referrer-Policy", "no-referrer")
  res.setHeader("X-Content-Type-Options", "nosniff")

  const verified = verifyAccessToken(req.params.token)
  if (!verified.ok) {
    throw refused(verified.reason === "expired" ? "This link has expired; ask for a new one." : "This link is not valid.")
  }
  const { claims } = verified

  try {
    if (claims.kind === "album") {
      await sendAlbum(req, res, claims.customer_id, claims.id)
      return
    }
    const owned = await ownedTrackIds(req.scope, claims.customer_id, [claims.id])
    if (!owned.has(claims.id)) throw refused("This track is no longer in your library.")
    const track = await loadTrack(req.scope, claims.id)
    if (!track) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Track with id: ${claims.id} was not found`)

    const audio = await trackAudio(req.scope, track, demos, claims.format).catch(async (e) => {
      if (!(e instanceof FfmpegMissingError || e instanceof FfmpegFailedError)) throw e
      const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
      logger.error(`Track ${track.id}: its ${claims.format} copy could not be made: ${e.message}`)
      // A player still gets the master (browsers play FLAC and WAV too).
      if (claims.mode === "stream") return trackAudio(req.scope, track, demos)
      throw new CopyUnavailableError(claims.format!)
    })
    if ("redirect" in audio) {
      res.redirect(302, audio.redirect)
      return
    }
    await sendFile(req, res, { ...audio.file, disposition: claims.mode === "stream" ? "inline" : "attachment" })
  } catch (e) {
    if (e instanceof CopyUnavailableError) {
      res.status(503).json({ type: "service_unavailable", message: e.message })
      return
    }
    if (!(e instanceof RenderQueueFullError)) throw e
    res.setHeader("Retry-After", String(e.retryAfterSeconds))
    res.status(503).json({ type: "service_unavailable", message: e.message })
  }
}

/** The MP3 or AAC copy asked for cannot be made on this server (no ffmpeg, or it failed): 503, the master still downloads. */
class CopyUnavailableError extends Error {
  constructor(format: string) {
    super(`The ${format.toUpperCase()} copy of this track cannot be made right now; download the original (format=original) or try later.`)
  }
}

/**
 * Links and <audio> elements need no CORS; the storefront's own scripts
 * (fetching the bytes, an <audio crossorigin>, Web Audio) do: its origins
 * (STORE_CORS) may read the answer and its headers. No cookies are involved.
 */
function allowStorefront(req: MedusaRequest, res: MedusaResponse) {
  const origin = req.headers.origin
  if (!origin) return
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const allowed = parseCorsOrigins(config.projectConfig.http.storeCors ?? "")
  res.setHeader("Vary", "Origin")
  if (!allowed.some((o) => (typeof o === "string" ? o === origin : o.test(origin)))) return
  res.setHeader("Access-Control-Allow-Origin", origin)
  res.setHeader("Access-Control-Expose-Headers", "Content-Disposition, Content-Length, Content-Range, Accept-Ranges, ETag")
}

async function sendAlbum(req: MedusaRequest, res: MedusaResponse, customerId: string, albumId: string) {
  const album = await loadAlbumTracks(req.scope, albumId)
  if (!album) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Album with id: ${albumId} was not found`)
  const owned = await ownedTrackIds(
    req.scope,
    customerId,
    album.tracks.map((t) => t.id)
  )
  const tracks = album.tracks.filter((t) => owned.has(t.id))
  if (!tracks.length) throw refused("No track of this album is in your library any more.")

  const entries = await Promise.all(tracks.map((t) => trackStream(req.scope, t, demos)))
  const name = `${album.artist ? `${album.artist} - ` : ""}${album.title}`.replace(/[\\/\x00-\x1f\x7f]+/g, "-")
  res.setHeader("Content-Type", "application/zip")
  res.setHeader("Content-Disposition", contentDisposition(`${name}.zip`, "attachment"))
  res.status(200)
  if (req.method === "HEAD") {
    res.end()
    return
  }
  try {
    await writeZip(entries, res)
  } catch (e) {
    // Headers and part of the archive are out: a cut connection is the
    // only way left to say the ZIP is incomplete.
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Album ZIP ${albumId} stopped: ${(e as Error).message}`)
    res.destroy()
  }
}
