/** FNV-1a: a small, stable string hash (the same cover on every render). */
export function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

const STOP_WORDS = /^(the|a|an|of|and|de|da|do|la|le|el|os|o)$/i

/**
 * Up to two initials from the title's words: words that start with a letter
 * and are not articles first ("Warner 25 Anos" → "WA"), others if need be.
 */
export function initialsOf(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  const lettered = words.filter((w) => /^\p{L}/u.test(w))
  const meaningful = lettered.filter((w) => !STOP_WORDS.test(w))
  const picked = [meaningful, lettered, words].find((list) => list.length)?.slice(0, 2) ?? []
  return picked.map((w) => w[0]!.toUpperCase()).join("") || "♪"
}

/** Background from, background to, accent: palettes that read well with white type. */
const PALETTES: [string, string, string][] = [
  ["#1d3557", "#457b9d", "#f1faee"],
  ["#9d0208", "#e63946", "#ffd6a5"],
  ["#264653", "#2a9d8f", "#e9c46a"],
  ["#3d1766", "#7a1fa2", "#ffb4e6"],
  ["#0b3d2e", "#2d6a4f", "#b7e4c7"],
  ["#bc4b30", "#e76f51", "#ffe8d6"],
  ["#14213d", "#000000", "#fca311"],
  ["#5f0f40", "#9a031e", "#fb8b24"],
  ["#023e8a", "#0077b6", "#90e0ef"],
  ["#370617", "#6a040f", "#ffba08"],
  ["#240046", "#3c096c", "#c77dff"],
  ["#432818", "#7f5539", "#ede0d4"],
  ["#065a60", "#006466", "#fbc4ab"],
  ["#8338ec", "#ff006e", "#ffbe0b"],
  ["#283618", "#606c38", "#fefae0"],
  ["#2b2d42", "#4a4e69", "#ef233c"],
]

export const COVER_PATTERNS = 6

export type CoverArt = {
  from: string
  to: string
  accent: string
  /** Rotation of the gradient, in degrees. */
  angle: number
  /** Which decorative pattern to draw, 0 to COVER_PATTERNS - 1. */
  pattern: number
  /** A second number for the pattern's own variations (position, count). */
  variant: number
  initials: string
}

/** A deterministic cover for an album without artwork, from artist and title. */
export function coverArtFor(artist: string, title: string): CoverArt {
  const h = hashString(`${artist}\u0000${title}`)
  const [from, to, accent] = PALETTES[h % PALETTES.length]!
  return {
    from,
    to,
    accent,
    angle: 20 + ((h >>> 4) % 8) * 40,
    pattern: (h >>> 8) % COVER_PATTERNS,
    variant: (h >>> 12) % 4,
    initials: initialsOf(title),
  }
}
