import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/*
 * PostgreSQL refuses NUL bytes and text that is not UTF-8, and answers with
 * an error that would reach the client as a 500. Such input is never a real
 * name or id, so it is refused up front with a 400 naming the field.
 */

/** True for text PostgreSQL can store: no NUL, no lone surrogates, no replacement characters. */
export function isCleanText(text: string): boolean {
  return !text.includes("\u0000") && !text.includes("\uFFFD") && (text as any).isWellFormed()
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true })

/** Decodes %XX escapes strictly: null when the bytes are not UTF-8 or hold a NUL. */
export function decodeStrict(raw: string): string | null {
  const bytes: number[] = []
  const plus = raw.replace(/\+/g, " ")
  for (let i = 0; i < plus.length; i++) {
    const c = plus[i]
    if (c === "%" && /^[0-9a-fA-F]{2}$/.test(plus.slice(i + 1, i + 3))) {
      bytes.push(parseInt(plus.slice(i + 1, i + 3), 16))
      i += 2
    } else {
      bytes.push(...Buffer.from(c, "utf8"))
    }
  }
  try {
    const text = strictUtf8.decode(Uint8Array.from(bytes))
    return isCleanText(text) ? text : null
  } catch {
    return null
  }
}

const invalid = (field: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: must be text without NUL bytes, in valid UTF-8`)

/**
 * Refuses a request whose query values or path parameters hold NUL bytes or
 * invalid UTF-8, naming the parameter. Express would otherwise pass such
 * query values on half-decoded.
 */
export function rejectHostileBytes(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const url = req.originalUrl ?? req.url ?? ""
  const search = url.split("?", 2)[1] ?? ""
  for (const pair of search.split("&")) {
    if (!pair) continue
    const [rawKey, rawValue = ""] = pair.split("=", 2)
    const key = decodeStrict(rawKey)
    if (key === null) return next(invalid("query parameter name"))
    if (decodeStrict(rawValue) === null) return next(invalid(key.replace(/\[\]$/, "")))
  }
  for (const [name, value] of Object.entries(req.params ?? {})) {
    // A wildcard mount's params are numbered; the path itself is checked below.
    if (/^\d+$/.test(name)) continue
    if (typeof value === "string" && !isCleanText(value)) return next(invalid(name))
  }
  // As sent (still escaped): a route mounted for /admin/* or /store/* has no
  // named params yet, and every path parameter of ours is an id.
  for (const segment of url.split("?", 1)[0].split("/")) {
    if (segment && decodeStrict(segment.replace(/\+/g, "%2B")) === null) return next(invalid("id"))
  }
  next()
}

/**
 * Express fails to decode a path parameter that is not UTF-8 before any
 * middleware of ours runs, and Medusa's error handler would answer 500: such
 * a request gets a 400 naming the parameter; anything else goes on to
 * Medusa's own handler.
 */
export function undecodablePathAs400(fallback: (err: any, req: any, res: any, next: any) => void | Promise<void>) {
  return (err: any, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction): void | Promise<void> => {
    if (err instanceof URIError && (err as any).status === 400) {
      // Every path parameter of our routes, and of Medusa's, is an id.
      res.status(400).json({ type: MedusaError.Types.INVALID_DATA, message: invalid("id").message })
      return
    }
    return fallback(err, req, res, next)
  }
}
