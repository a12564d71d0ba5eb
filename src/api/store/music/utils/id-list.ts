import { z } from "@medusajs/framework/zod"
import { isCleanText } from "../../../utils/clean-text"

/**
 * The values of a list parameter given once, repeated (`?genre_id=a&genre_id=b`)
 * or comma-separated (`?genre_id=a,b`): split, trimmed, without blanks or
 * duplicates, in the order given. Anything that is not text is passed on for
 * the validator to refuse.
 */
export function idList(value: unknown): unknown[] {
  const parts = (Array.isArray(value) ? value : [value]).flatMap((v) =>
    typeof v === "string" ? v.split(",") : v === undefined ? [] : [v]
  )
  const seen = new Set<unknown>()
  const ids: unknown[] = []
  for (const part of parts) {
    const id = typeof part === "string" ? part.trim() : part
    if (id === "" || seen.has(id)) continue
    seen.add(id)
    ids.push(id)
  }
  return ids
}

/**
 * A query parameter holding a list of ids (see idList); a value that is not a
 * plausible id, or too many of them, is refused with a message naming the
 * field. Whether the ids exist is for the route to check.
 */
export function idListParam(field: string, max = 25) {
  return z.unknown().transform((value, ctx): string[] | undefined => {
    if (value === undefined) return undefined
    const ids = idList(value)
    if (ids.some((id) => typeof id !== "string" || id.length > 100 || !isCleanText(id))) {
      ctx.addIssue({ code: "custom", message: `${field}: each id must be text of at most 100 characters` })
      return z.NEVER
    }
    if (ids.length > max) {
      ctx.addIssue({ code: "custom", message: `${field}: at most ${max} ids` })
      return z.NEVER
    }
    return ids as string[]
  })
}
