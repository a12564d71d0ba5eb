/**
 * The words of a search as PostgreSQL's full-text search should see them:
 * accents folded, lower case, letters and digits only (so nothing a customer
 * types can break the tsquery syntax), each matching as a prefix so that
 * results appear while the last word is still being typed.
 */
export function prefixTsQuery(text: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu)
  return (words ?? []).slice(0, 12).map((w) => `'${w}':*`).join(" & ")
}
