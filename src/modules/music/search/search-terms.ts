/**
 * The words of a search, folded as the catalogue's are: accents removed,
 * lower case, letters and digits only (so nothing a customer types can break
 * the tsquery syntax), at most 12.
 */
export function searchWords(text: string): string[] {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu)
  return (words ?? []).slice(0, 12)
}

/**
 * The search as a PostgreSQL tsquery: every word as a prefix, so results
 * appear while the last word is still being typed. Several words may also be
 * one name run together ("sound garden" for Soundgarden): the catalogue's
 * vectors hold each name squashed to letters and digits, and so does the
 * query, as an alternative. `weights` restricts the match to lexemes of those
 * weights (tracks weigh their name A and their composer B).
 */
export function prefixTsQuery(text: string, weights = ""): string {
  const words = searchWords(text)
  const prefix = (w: string) => `'${w}':*${weights}`
  const all = words.map(prefix).join(" & ")
  return words.length > 1 ? `(${all}) | ${prefix(words.join(""))}` : all
}

/**
 * The letters and digits of a search: fewer than three are too short for
 * words or trigrams, and are matched as the start of names instead.
 */
export function significantLength(text: string): number {
  return text.replace(/[^\p{L}\p{N}]/gu, "").length
}
