/** A price in major units (0.99 means 99 cents) with its ISO currency code. */
export type Money = {
  amount: number
  currencyCode: string
}

export type ArtistRef = {
  id: string
  name: string
}

export type GenreRef = {
  id: string
  name: string
}

/**
 * An album as lists show it. Shelves asked for with the store's region carry
 * the full album's price and the track count.
 */
export type AlbumSummary = {
  id: string
  /** The product handle: the album's URL is /albums/{handle}. */
  handle: string
  title: string
  coverUrl: string | null
  artist: ArtistRef | null
  /** Price of the "Full album" variant in the store's region. */
  price?: Money | null
  trackCount?: number
}

export type Track = {
  id: string
  /** The product variant that sells this track. */
  variantId: string | null
  number: number
  title: string
  durationMs: number
  composer: string | null
  genre: GenreRef | null
  mediaType: string | null
  price: Money | null
}

/** An album as the store sells it, with its tracks in order. */
export type Album = AlbumSummary & {
  price: Money | null
  fullAlbumVariantId: string | null
  tracks: Track[]
}

export type AlbumPage = {
  albums: AlbumSummary[]
  /** Albums in the whole catalogue. */
  count: number
  page: number
  pageSize: number
  pageCount: number
}

export type RelatedAlbum = AlbumSummary & {
  reason: "bought_together" | "same_artist" | "same_genre"
}
