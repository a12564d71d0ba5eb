/** A filter matching any part of a text column, with the user's % and _ taken literally. */
export function containsFilter(text: string) {
  return { $ilike: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` }
}
