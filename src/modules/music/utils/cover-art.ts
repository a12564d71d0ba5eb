/**
 * Chinook has no artwork. Every album gets a cover drawn from its artist and
 * title: a palette and a pattern picked by a hash (the same cover on every
 * machine and every run) and the title's initials. Staff can replace it.
 */

/** FNV-1a: a small, stable string hash. */
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
 * and are not articles first ("Warner 25 Anos" gives "WA"), others if need be.
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
  ["#1d3557", "#457b9d", "#f1faee"], ["#9d0208", "#e63946", "#ffd6a5"],
  ["#264653", "#2a9d8f", "#e9c46a"], ["#3d1766", "#7a1fa2", "#ffb4e6"],
  ["#0b3d2e", "#2d6a4f", "#b7e4c7"], ["#bc4b30", "#e76f51", "#ffe8d6"],
  ["#14213d", "#000000", "#fca311"], ["#5f0f40", "#9a031e", "#fb8b24"],
  ["#023e8a", "#0077b6", "#90e0ef"], ["#370617", "#6a040f", "#ffba08"],
  ["#240046", "#3c096c", "#c77dff"], ["#432818", "#7f5539", "#ede0d4"],
  ["#065a60", "#006466", "#fbc4ab"], ["#8338ec", "#ff006e", "#ffbe0b"],
  ["#283618", "#606c38", "#fefae0"], ["#2b2d42", "#4a4e69", "#ef233c"],
]

const range = (n: number) => Array.from({ length: n }, (_, i) => i)

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!)

function pattern(kind: number, variant: number, from: string, accent: string, initials: string): string {
  switch (kind) {
    case 0: {
      // A record in a corner.
      const [cx, cy] = [[80, 22], [22, 24], [84, 50], [50, 18]][variant]!
      const grooves = [10, 16, 22, 28, 34, 40].map((r) => `<circle cx="${cx}" cy="${cy}" r="${r}" stroke-width="0.9"/>`)
      return `<g fill="none" stroke="${accent}" stroke-opacity="0.45">${grooves.join("")}<circle cx="${cx}" cy="${cy}" r="5" fill="${accent}" fill-opacity="0.85" stroke="none"/></g>`
    }
    case 1:
      // Diagonal stripes.
      return `<g stroke="${accent}" stroke-opacity="0.28" stroke-width="${3 + variant}">${range(7)
        .map((i) => `<line x1="${-20 + i * 18}" y1="-5" x2="${40 + i * 18}" y2="70"/>`)
        .join("")}</g>`
    case 2:
      // A sun over a horizon.
      return `<g><circle cx="${30 + variant * 14}" cy="32" r="22" fill="${accent}" fill-opacity="0.9"/>${range(4)
        .map((i) => `<rect x="0" y="${36 + i * 4.5}" width="100" height="${(1.2 + i * 0.5).toFixed(1)}" fill="${from}" fill-opacity="0.9"/>`)
        .join("")}</g>`
    case 3:
      // A grid of dots.
      return `<g fill="${accent}" fill-opacity="0.5">${range(5)
        .flatMap((row) => range(6).map((col) => `<circle cx="${12 + col * 15}" cy="${10 + row * 9}" r="${(1 + ((row + col + variant) % 3) * 0.6).toFixed(1)}"/>`))
        .join("")}</g>`
    case 4:
      // Level meters.
      return `<g fill="${accent}">${range(8)
        .map((i) => {
          const h = 10 + (hashString(`${initials}${i}${variant}`) % 38)
          return `<rect x="${8 + i * 11}" y="${53 - h}" width="7" height="${h}" rx="1.5" fill-opacity="${(0.35 + (i % 3) * 0.2).toFixed(2)}"/>`
        })
        .join("")}</g>`
    default:
      // Concentric arcs from one edge.
      return `<g fill="none" stroke="${accent}" stroke-width="4" stroke-opacity="0.4">${[18, 30, 42, 54]
        .map((r) => `<circle cx="${variant % 2 ? 100 : 0}" cy="30" r="${r}"/>`)
        .join("")}</g>`
  }
}

/** The cover as a standalone SVG document (600 × 600). */
export function albumCoverSvg(artist: string, title: string): string {
  const h = hashString(`${artist}\u0000${title}`)
  const [from, to, accent] = PALETTES[h % PALETTES.length]!
  const angle = 20 + ((h >>> 4) % 8) * 40
  const initials = initialsOf(title)
  const artistLine = artist.length > 24 ? `${artist.slice(0, 23).trimEnd()}…` : artist
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="600" height="600">`,
    `<title>${escapeXml(`${title} by ${artist}`)}</title>`,
    `<defs><linearGradient id="bg" gradientTransform="rotate(${angle} 0.5 0.5)"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient>`,
    `<linearGradient id="shade" x1="0" y1="0" x2="0" y2="1"><stop offset="0.45" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.45"/></linearGradient></defs>`,
    `<rect width="100" height="100" fill="url(#bg)"/>`,
    pattern((h >>> 8) % 6, (h >>> 12) % 4, from, accent, initials),
    `<rect width="100" height="100" fill="url(#shade)"/>`,
    `<g font-family="Inter, 'Helvetica Neue', Arial, sans-serif" fill="#fff">`,
    `<text x="8" y="90" font-size="30" font-weight="800" letter-spacing="-1">${escapeXml(initials)}</text>`,
    `<text x="8.5" y="62" font-size="5" font-weight="600" letter-spacing="0.4" fill-opacity="0.9">${escapeXml(artistLine.toUpperCase())}</text>`,
    `</g></svg>`,
  ].join("")
}
