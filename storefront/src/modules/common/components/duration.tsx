import { formatDuration, spokenDuration } from "@lib/util/duration"

/** A track's length: "3:35" on screen, "3 minutes 35 seconds" to a screen reader. */
export function Duration({ ms }: { ms: number }) {
  return (
    <>
      <span aria-hidden="true">{formatDuration(ms)}</span>
      <span className="visually-hidden">{spokenDuration(ms)}</span>
    </>
  )
}

/** The heading of a length column: "Time" on screen, "Length" to a screen reader. */
export function DurationHeading() {
  return (
    <>
      <span aria-hidden="true">Time</span>
      <span className="visually-hidden">Length</span>
    </>
  )
}
