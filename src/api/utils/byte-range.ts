export type ByteRange = { start: number; end: number }

/**
 * The one byte range a `Range` header asks of a body of `size` bytes:
 * undefined to send the whole body (no header, a syntax we do not serve, or
 * several ranges, which players never need), "unsatisfiable" for a range
 * wholly past the end (answered 416). `end` is inclusive, as in HTTP.
 */
export function parseByteRange(header: string | undefined, size: number): ByteRange | "unsatisfiable" | undefined {
  const m = header?.trim().match(/^bytes=(\d*)-(\d*)$/i)
  if (!m || (m[1] === "" && m[2] === "")) return undefined
  if (m[1] === "") {
    // The last N bytes.
    const suffix = Number(m[2])
    if (suffix === 0) return "unsatisfiable"
    return { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(m[1])
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1)
  if (start >= size) return "unsatisfiable"
  if (end < start) return undefined
  return { start, end }
}
