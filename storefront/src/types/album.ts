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
 * An album wherever the store lists one (catalogue, genre, artist, charts,
 * related, search): the Store API's album card.
 */
export type AlbumCard = {
  id: string
  /** The key of the album's URL, /albums/{handle}: its product handle. */
  handle: string
  title: string
  coverUrl: string | null
  artist: ArtistRef
  trackCount: number
  /** The full album's price in the store's region; null when it has none there. */
  price: Money | null
}

/**
 * A track wherever the store lists one (album, playlist, charts, genre,
 * search, the player): the Store API's track card.
 */
export type TrackCard = {
  id: string
  title: string
  number: number
  durationMs: number
  composer: string | null
  genre: GenreRef | null
  mediaType: GenreRef | null
  /** The product variant that sells this track. */
  variantId: string | null
  price: Money | null
  album: { id: string; title: string; handle: string; coverUrl: string | null }
  artist: ArtistRef
  /** "excerpt": the clip is cut from the recording staff uploaded; "generated": a demo made without one. */
  preview: "excerpt" | "generated"
}

/** An album as the store sells it: its card, its tracks in running order and the variant that sells it whole. */
export type Album = AlbumCard & {
  tracks: TrackCard[]
  fullAlbum: { variantId: string; price: Money | null } | null
}

/** One page of a list of albums; pages count from 1. */
export type AlbumPage = {
  albums: AlbumCard[]
  /** Albums in the whole list. */
  count: number
  page: number
  pageSize: number
  pageCount: number
}

export type RelatedAlbum = AlbumCard & {
  reason: "bought_together" | "same_artist" | "same_genre"
}
