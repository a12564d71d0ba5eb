import type { MedusaResponse } from "@medusajs/framework/http"
import { AudioRefusedError } from "../../../../lib/audio/metadata"
import { BodyTooLargeError } from "../../../../lib/audio/work-files"

/** A file staff sent that is not what the route takes (not audio, not an image): 415. */
export class UnsupportedFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "UnsupportedFileError"
  }
}

/**
 * Answers an upload refused for what it is: 415 for a file of the wrong
 * kind, 413 for one too large. Medusa's error handler knows neither status,
 * so they are sent here; false for any other error (rethrown by the caller).
 */
export function answerRefusedUpload(res: MedusaResponse, e: unknown): boolean {
  if (e instanceof AudioRefusedError || e instanceof UnsupportedFileError) {
    res.status(415).json({ type: "unsupported_media_type", message: e.message })
    return true
  }
  if (e instanceof BodyTooLargeError) {
    // The rest of the body is not read: the connection cannot carry another request.
    res.setHeader("Connection", "close")
    res.status(413).json({ type: "payload_too_large", message: e.message })
    return true
  }
  return false
}

/** 413 at once when the declared length is already too much (nothing read). */
export function declaredTooLarge(contentLength: string | undefined, max: number): BodyTooLargeError | undefined {
  const n = Number(contentLength)
  return Number.isFinite(n) && n > max ? new BodyTooLargeError(max) : undefined
}
