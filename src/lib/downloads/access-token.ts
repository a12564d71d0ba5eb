import { createHmac, randomBytes, timingSafeEqual } from "node:crypto"
import { isProduction, MIN_SECRET_LENGTH } from "../deployment-secrets"

/*
 * The signed URLs of downloads and streams. A token is a bearer of the right
 * to fetch one track (or one album's ZIP) for one customer until it expires:
 * it names them and is signed with HMAC-SHA256, so changing any of it breaks
 * the signature. The server still checks at fetch time that the customer
 * owns what the token names, so a refund takes the right back at once.
 */

export type AccessKind = "track" | "album"
/** A download is sent as an attachment, a stream inline for the player. */
export type AccessMode = "download" | "stream"

export type AccessClaims = {
  kind: AccessKind
  mode: AccessMode
  customer_id: string
  /** The track or album id. */
  id: string
  /** Expiry, in seconds since the epoch. */
  expires_at: number
  /** A copy made from the master instead of the master itself (tracks only). */
  format?: TrackCopyFormat
}

/** The copies of a master owners may ask for; absent means the master itself. */
export type TrackCopyFormat = "mp3" | "aac"
const COPY_FORMATS = ["mp3", "aac"]

type Env = Record<string, string | undefined>

const DEFAULT_TTL_SECONDS = 15 * 60
let processSecret: Buffer | undefined

/**
 * DOWNLOAD_SECRET when set, else one derived from JWT_SECRET (which a
 * production server refuses to run without, see deployment-secrets.ts), so a
 * leaked download key never signs logins. A development server with neither
 * signs with a random key of its own: its URLs die with it.
 */
export function downloadSecret(env: Env = process.env): Buffer {
  const own = env.DOWNLOAD_SECRET?.trim()
  if (own) {
    if (isProduction(env) && own.length < MIN_SECRET_LENGTH) {
      throw new Error(`DOWNLOAD_SECRET is ${own.length} characters long; use at least ${MIN_SECRET_LENGTH} random characters.`)
    }
    return Buffer.from(own, "utf8")
  }
  if (env.JWT_SECRET) {
    return createHmac("sha256", env.JWT_SECRET).update("chinook-records signed download urls").digest()
  }
  if (isProduction(env)) throw new Error("DOWNLOAD_SECRET or JWT_SECRET must be set in production.")
  processSecret ??= randomBytes(32)
  return processSecret
}

/** DOWNLOAD_URL_TTL in seconds (default 900): how long a signed URL works. */
export function downloadUrlTtlSeconds(env: Env = process.env): number {
  const raw = env.DOWNLOAD_URL_TTL?.trim()
  if (!raw) return DEFAULT_TTL_SECONDS
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw new Error(`DOWNLOAD_URL_TTL must be a whole number of seconds, at least 1 (got "${raw}").`)
  }
  return Number(raw)
}

const b64 = (buf: Buffer) => buf.toString("base64url")
const sign = (payload: string, secret: Buffer) => createHmac("sha256", secret).update(payload).digest()

export function signAccessToken(claims: AccessClaims, secret: Buffer = downloadSecret()): string {
  const payload = b64(
    Buffer.from(
      // The format is a sixth field only when there is one: URLs of masters keep their old shape.
      JSON.stringify([claims.kind, claims.mode, claims.customer_id, claims.id, claims.expires_at, ...(claims.format ? [claims.format] : [])]),
      "utf8"
    )
  )
  return `${payload}.${b64(sign(payload, secret))}`
}

export type VerifiedToken = { ok: true; claims: AccessClaims } | { ok: false; reason: "malformed" | "signature" | "expired" }

export function verifyAccessToken(
  token: string,
  now: number = Date.now(),
  secret: Buffer = downloadSecret()
): VerifiedToken {
  const m = /^([A-Za-z0-9_-]{1,2048})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!m) return { ok: false, reason: "malformed" }
  const given = Buffer.from(m[2], "base64url")
  const expected = sign(m[1], secret)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "signature" }
  let fields: unknown
  try {
    fields = JSON.parse(Buffer.from(m[1], "base64url").toString("utf8"))
  } catch {
    return { ok: false, reason: "malformed" }
  }
  if (
    !Array.isArray(fields) ||
    (fields.length !== 5 && fields.length !== 6) ||
    (fields.length === 6 && (fields[0] !== "track" || !COPY_FORMATS.includes(fields[5]))) ||
    !["track", "album"].includes(fields[0]) ||
    !["download", "stream"].includes(fields[1]) ||
    typeof fields[2] !== "string" ||
    typeof fields[3] !== "string" ||
    typeof fields[4] !== "number"
  ) {
    return { ok: false, reason: "malformed" }
  }
  const claims: AccessClaims = { kind: fields[0], mode: fields[1], customer_id: fields[2], id: fields[3], expires_at: fields[4] }
  if (fields.length === 6) claims.format = fields[5]
  if (claims.expires_at * 1000 <= now) return { ok: false, reason: "expired" }
  return { ok: true, claims }
}
