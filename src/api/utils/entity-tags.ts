/**
 * Conditional requests by entity-tag (RFC 9110 §8.8.3, §13.1.2, §13.1.5).
 * If-None-Match uses the weak comparison (a `W/` tag matches its strong
 * twin) over a list of tags or `*`; If-Range uses the strong comparison, so a
 * weak tag never lets a partial response through.
 */

export type EntityTag = { weak: boolean; opaque: string }

// etagc = %x21 / %x23-7E / obs-text: no spaces, no quotes inside.
const TAG = /^(W\/)?("[\x21\x23-\x7e\x80-\xff]*")$/
const LIST_ITEM = /[ \t]*(?:(\*)|(W\/)?("[\x21\x23-\x7e\x80-\xff]*"))?[ \t]*(,|$)/y

export function parseEntityTag(text: string): EntityTag | undefined {
  const m = TAG.exec(text.trim())
  return m ? { weak: !!m[1], opaque: m[2] } : undefined
}

/**
 * The members of an If-None-Match or If-Match header: "*", a list of tags
 * (empty members allowed, as the list syntax says), or undefined when the
 * header is absent or malformed, in which case the condition is ignored.
 */
export function parseEntityTagList(header: string | string[] | undefined): EntityTag[] | "*" | undefined {
  if (header === undefined) return undefined
  const text = Array.isArray(header) ? header.join(",") : header
  const tags: EntityTag[] = []
  let any = false
  let at = 0
  while (at <= text.length) {
    LIST_ITEM.lastIndex = at
    const m = LIST_ITEM.exec(text)
    if (!m) return undefined
    if (m[1]) any = true
    else if (m[3]) tags.push({ weak: !!m[2], opaque: m[3] })
    if (m[4] === "") break
    at = LIST_ITEM.lastIndex
  }
  if (any) return "*"
  return tags.length ? tags : undefined
}

export const weakMatch = (a: EntityTag, b: EntityTag) => a.opaque === b.opaque
export const strongMatch = (a: EntityTag, b: EntityTag) => !a.weak && !b.weak && a.opaque === b.opaque

/**
 * True when If-None-Match matches the current representation's tag, i.e. a
 * GET or HEAD should be answered 304 Not Modified. `*` matches whenever a
 * current representation exists, which the caller vouches for by calling.
 */
export function ifNoneMatchMatches(header: string | string[] | undefined, current: string): boolean {
  const list = parseEntityTagList(header)
  if (list === "*") return true
  const tag = parseEntityTag(current)
  return !!list && !!tag && list.some((t) => weakMatch(t, tag))
}

/**
 * True when a Range may be honoured under If-Range: no If-Range, or one
 * naming the current representation by a strong tag. A weak tag, another
 * tag, or a date (we send no Last-Modified to compare it with) asks for the
 * whole representation.
 */
export function ifRangeAllowsRange(header: string | string[] | undefined, current: string): boolean {
  if (header === undefined) return true
  const value = Array.isArray(header) ? header[0] : header
  const asked = parseEntityTag(value)
  const tag = parseEntityTag(current)
  return !!asked && !!tag && strongMatch(asked, tag)
}
