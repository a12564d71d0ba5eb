/** A price in major units (0.99 means 99 cents) with its ISO currency code. */
export type Money = {
  amount: number
  currencyCode: string
}

export type Track = {
  /** The product variant that sells this track. */
  variantId: string
  number: number
  title: string
  price: Money | null
}

/** An album as the store sells it: one Medusa product. */
export type Album = {
  id: string
  handle: string
  title: string
  artist: string
  coverUrl: string | null
  /** Price of the "Full album" variant. */
  price: Money | null
  tracks: Track[]
}

export type AlbumPage = {
  albums: Album[]
  /** Albums in the whole catalogue. */
  count: number
  page: number
  pageSize: number
  pageCount: number
}
