import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { ownedTrackIds } from "../track-access"
import { AccessKind, AccessMode, downloadUrlTtlSeconds, signAccessToken, type TrackCopyFormat } from "./access-token"
import { fullDemoFiles } from "./full-demo"
import { demoInput, loadAlbumTracks, loadTrack, needsPlayableCopy } from "./library-files"
import { ownerCopy } from "./owner-copies"

/**
 * Signed URLs live at /downloads/:token, outside /store: a browser opens them
 * directly (a link, an <audio> element), and neither can send the
 * publishable-key header every /store route demands nor a bearer token.
 */
export const DOWNLOADS_PATH = "/downloads"

function baseUrl(req: AuthenticatedMedusaRequest) {
  return (process.env.MEDUSA_BACKEND_URL || `${req.protocol}://${req.get("host")}`).replace(/\/+$/, "")
}

export type SignedUrl = { url: string; expires_at: string }

function signedUrl(req: AuthenticatedMedusaRequest, kind: AccessKind, mode: AccessMode, id: string, ttlSeconds: number, format?: TrackCopyFormat): SignedUrl {
  const expires = Math.floor(Date.now() / 1000) + ttlSeconds
  const token = signAccessToken({ kind, mode, customer_id: req.auth_context.actor_id, id, expires_at: expires, format })
  return { url: `${baseUrl(req)}${DOWNLOADS_PATH}/${token}`, expires_at: new Date(expires * 1000).toISOString() }
}

const notFound = (what: string, id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id: ${id} was not found`)
const notOwned = (what: string) =>
  new MedusaError(MedusaError.Types.FORBIDDEN, `You do not own this ${what}; its 30-second preview is open to all.`)

/** What an owner may ask a track's download in: its master, or an MP3 320 kbps or AAC copy made from it. */
export const DOWNLOAD_FORMATS = ["original", "mp3", "aac"] as const
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number]

/**
 * A signed URL of a track the customer owns. A stream's URL lasts the
 * track's length on top of the usual time, so that a player seeking late in
 * a long track still gets its bytes. A download comes as the master or, by
 * `format`, its MP3 or AAC copy; a stream is the master when browsers play
 * it (MP3, AAC) and its MP3 copy when it is FLAC or WAV.
 */
export async function trackUrl(req: AuthenticatedMedusaRequest, mode: AccessMode, asked: DownloadFormat = "original"): Promise<SignedUrl & { format: DownloadFormat }> {
  const id = req.params.id
  const track = await loadTrack(req.scope, id)
  if (!track) throw notFound("Track", id)
  const owned = await ownedTrackIds(req.scope, req.auth_context.actor_id, [track.id])
  if (!owned.has(track.id)) throw notOwned("track")
  if (asked !== "original" && !track.master_file_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `format: track ${track.id} has no recording yet, only its generated demo; ask for format=original.`
    )
  }
  const copy: TrackCopyFormat | undefined =
    asked !== "original" ? asked : mode === "stream" && track.master_file_id && needsPlayableCopy(track.master_file_id) ? "mp3" : undefined
  if (copy) {
    // As for demos below: start making the copy now, so the fetch that
    // follows finds it made or under way (it waits for the same lock).
    ownerCopy(req.scope, track.id, copy).catch(() => {})
  }
  if (!track.master_file_id && mode === "stream") {
    // The player asks for the URL a moment before it fetches it: render the
    // demo now (or find it on disk), so that its first bytes are ready. A
    // failure here (queue full) is met again, and answered, by the fetch.
    fullDemoFiles().file(demoInput(track)).catch(() => {})
  }
  const ttl = downloadUrlTtlSeconds() + (mode === "stream" ? Math.ceil(track.milliseconds / 1000) : 0)
  return { ...signedUrl(req, "track", mode, track.id, ttl, copy), format: copy ?? "original" }
}

/** A signed URL of the ZIP of an album's tracks, when the customer owns at least one of them. */
export async function albumUrl(req: AuthenticatedMedusaRequest): Promise<SignedUrl & { track_ids: string[] }> {
  const id = req.params.id
  const album = await loadAlbumTracks(req.scope, id)
  if (!album) throw notFound("Album", id)
  const owned = await ownedTrackIds(
    req.scope,
    req.auth_context.actor_id,
    album.tracks.map((t) => t.id)
  )
  const track_ids = album.tracks.filter((t) => owned.has(t.id)).map((t) => t.id)
  if (!track_ids.length) throw notOwned("album or any of its tracks")
  return { ...signedUrl(req, "album", "download", album.id, downloadUrlTtlSeconds()), track_ids }
}
