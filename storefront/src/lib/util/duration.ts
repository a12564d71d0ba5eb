/** "3:05" for 185 000 ms; "1:02:03" past an hour. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, "0")
  return h ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`
}

/** "3 minutes 5 seconds", for screen readers. */
export function spokenDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const parts: string[] = []
  if (h) parts.push(`${h} ${h === 1 ? "hour" : "hours"}`)
  if (m) parts.push(`${m} ${m === 1 ? "minute" : "minutes"}`)
  if (s || !parts.length) parts.push(`${s} ${s === 1 ? "second" : "seconds"}`)
  return parts.join(" ")
}
