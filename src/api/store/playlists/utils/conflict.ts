import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Runs a change and answers a conflict (a track already in the playlist, an
 * order made from an older read) with 409 and the reason. Medusa's error
 * handler answers every conflict with one generic sentence, which would not
 * tell the customer what to do. Other errors go on to it.
 */
export async function answeringConflicts<T>(res: MedusaResponse, change: () => Promise<T>): Promise<T | undefined> {
  try {
    return await change()
  } catch (e: any) {
    if (e?.type === MedusaError.Types.CONFLICT) {
      res.status(409).json({ type: MedusaError.Types.CONFLICT, message: String(e.message) })
      return undefined
    }
    throw e
  }
}
