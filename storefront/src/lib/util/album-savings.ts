import type { Album, Money } from "@/types/album"

/**
 * What the full album saves over buying every track on its own, or null when
 * it saves nothing (or prices are missing or in different currencies).
 */
export function albumSavings(album: Album): { tracksTotal: Money; saved: Money } | null {
  const price = album.fullAlbum?.price
  const { tracks } = album
  if (!price || !tracks.length) {
    return null
  }
  let cents = 0
  for (const t of tracks) {
    if (!t.price || t.price.currencyCode !== price.currencyCode) {
      return null
    }
    cents += Math.round(t.price.amount * 100)
  }
  const saved = cents - Math.round(price.amount * 100)
  if (saved <= 0) {
    return null
  }
  return {
    tracksTotal: { amount: cents / 100, currencyCode: price.currencyCode },
    saved: { amount: saved / 100, currencyCode: price.currencyCode },
  }
}
