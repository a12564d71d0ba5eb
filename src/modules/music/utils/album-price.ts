/**
 * Chinook has no album prices. The full-album variant costs 80% of the sum of
 * its tracks, rounded up to the next .99, but never more than buying every
 * track and never less than the dearest single track. Amounts are in major
 * units (dollars), as Medusa stores prices; the arithmetic runs in cents.
 */
export function fullAlbumPrice(trackPrices: number[]): number {
  if (!trackPrices.length) {
    return 0
  }
  const cents = trackPrices.map((p) => Math.round(p * 100))
  const sum = cents.reduce((a, b) => a + b, 0)
  const dearest = Math.max(...cents)
  const discounted = Math.ceil((sum * 0.8) / 100) * 100 - 1
  return Math.max(dearest, Math.min(sum, discounted)) / 100
}
