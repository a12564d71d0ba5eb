/**
 * The first `limit` of a ranking that keeps only some of what it ranks (the
 * visible, the genre's): pages through it, at most `maxPages` pages, so a
 * chart stays bounded however much of the ranking is filtered out.
 */
export async function firstKept<T, K>(
  page: (offset: number, size: number) => Promise<T[]>,
  keep: (batch: T[]) => Promise<K[]>,
  limit: number,
  { size = Math.max(50, limit * 4), maxPages = 20 } = {}
): Promise<K[]> {
  const kept: K[] = []
  for (let p = 0; p < maxPages && kept.length < limit; p++) {
    const batch = await page(p * size, size)
    kept.push(...(await keep(batch)))
    if (batch.length < size) break
  }
  return kept.slice(0, limit)
}
