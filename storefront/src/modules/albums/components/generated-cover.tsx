import type { ReactNode } from "react"
import { coverArtFor, hashString, type CoverArt } from "@lib/util/cover-art"

type Props = {
  artist: string
  title: string
  /** Accessible name; omit when the cover is decorative (e.g. inside a labelled link). */
  label?: string
  className?: string
}

function Pattern({ art }: { art: CoverArt }): ReactNode {
  const { accent, variant } = art
  switch (art.pattern) {
    case 0: {
      // A record in a corner.
      const [cx, cy] = [[80, 22], [22, 24], [84, 50], [50, 18]][variant]!
      return (
        <g fill="none" stroke={accent} strokeOpacity="0.45">
          {[10, 16, 22, 28, 34, 40].map((r) => (
            <circle key={r} cx={cx} cy={cy} r={r} strokeWidth="0.9" />
          ))}
          <circle cx={cx} cy={cy} r="5" fill={accent} fillOpacity="0.85" stroke="none" />
        </g>
      )
    }
    case 1:
      // Diagonal stripes.
      return (
        <g stroke={accent} strokeOpacity="0.28" strokeWidth={3 + variant}>
          {[0, 1, 2, 3, 4, 5, 6].map((i) => (
            <line key={i} x1={-20 + i * 18} y1="-5" x2={40 + i * 18} y2="70" />
          ))}
        </g>
      )
    case 2:
      // A sun over a horizon.
      return (
        <g>
          <circle cx={30 + variant * 14} cy="32" r="22" fill={accent} fillOpacity="0.9" />
          {[0, 1, 2, 3].map((i) => (
            <rect key={i} x="0" y={36 + i * 4.5} width="100" height={1.2 + i * 0.5} fill={art.from} fillOpacity="0.9" />
          ))}
        </g>
      )
    case 3:
      // A grid of dots.
      return (
        <g fill={accent} fillOpacity="0.5">
          {Array.from({ length: 5 }, (_, row) =>
            Array.from({ length: 6 }, (_, col) => (
              <circle key={`${row}-${col}`} cx={12 + col * 15} cy={10 + row * 9} r={1 + ((row + col + variant) % 3) * 0.6} />
            ))
          )}
        </g>
      )
    case 4:
      // Level meters.
      return (
        <g fill={accent}>
          {[0, 1, 2, 3, 4, 5, 6, 7].map((i) => {
            const h = 10 + (hashString(`${art.initials}${i}${variant}`) % 38)
            return <rect key={i} x={8 + i * 11} y={53 - h} width="7" height={h} rx="1.5" fillOpacity={0.35 + (i % 3) * 0.2} />
          })}
        </g>
      )
    default:
      // Concentric arcs rising from the bottom edge.
      return (
        <g fill="none" stroke={accent} strokeWidth="4" strokeOpacity="0.4">
          {[18, 30, 42, 54].map((r) => (
            <circle key={r} cx={variant % 2 ? 100 : 0} cy="30" r={r} />
          ))}
        </g>
      )
  }
}

/**
 * The cover shown when an album has no artwork: a palette and pattern picked
 * by a hash of artist and title (stable across renders and servers) and the
 * title's initials. Pure SVG: nothing to fail to load.
 */
export default function GeneratedCover({ artist, title, label, className }: Props) {
  const art = coverArtFor(artist, title)
  const id = `cover-${hashString(`${artist}\u0000${title}`).toString(36)}`
  const a11y = label ? { role: "img", "aria-label": label } : { "aria-hidden": true }
  const artistLine = artist.length > 24 ? `${artist.slice(0, 23).trimEnd()}…` : artist

  return (
    <svg className={className} viewBox="0 0 100 100" focusable="false" {...a11y}>
      <defs>
        <linearGradient id={`${id}-bg`} gradientTransform={`rotate(${art.angle} 0.5 0.5)`}>
          <stop offset="0" stopColor={art.from} />
          <stop offset="1" stopColor={art.to} />
        </linearGradient>
        <linearGradient id={`${id}-shade`} x1="0" y1="0" x2="0" y2="1">
          <stop offset="0.45" stopColor="#000" stopOpacity="0" />
          <stop offset="1" stopColor="#000" stopOpacity="0.45" />
        </linearGradient>
      </defs>
      <rect width="100" height="100" fill={`url(#${id}-bg)`} />
      <Pattern art={art} />
      <rect width="100" height="100" fill={`url(#${id}-shade)`} />
      <g style={{ fontFamily: "var(--font-sans)" }} fill="#fff">
        <text x="8" y="90" fontSize="30" fontWeight="800" letterSpacing="-1">
          {art.initials}
        </text>
        <text x="8.5" y="62" fontSize="5" fontWeight="600" letterSpacing="0.4" fillOpacity="0.9">
          {artistLine.toUpperCase()}
        </text>
      </g>
    </svg>
  )
}
