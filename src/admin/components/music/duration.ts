/** "3:45" or "1:02:03" (or plain seconds) to milliseconds; null when it is not a duration. */
export function parseDuration(text: string): number | null {
  const parts = text.trim().split(":")
  if (!parts.length || parts.length > 3 || parts.some((p) => !/^\d+$/.test(p))) return null
  const seconds = parts.map(Number).reduce((total, n) => total * 60 + n, 0)
  return seconds > 0 ? seconds * 1000 : null
}
