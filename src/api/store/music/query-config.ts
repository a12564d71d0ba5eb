export const genreFields = ["id", "name"]
export const artistFields = ["id", "name"]
export const albumSummaryFields = ["id", "title", "cover_url", "product.id", "product.handle"]

const list = (defaults: string[]) => ({ defaults, isList: true, defaultLimit: 20 })
const one = (defaults: string[]) => ({ defaults, isList: false })

export const listGenresQueryConfig = list(genreFields)
export const retrieveGenreQueryConfig = one(genreFields)
export const listArtistsQueryConfig = list(artistFields)
export const retrieveArtistQueryConfig = one([
  ...artistFields,
  ...albumSummaryFields.map((f) => `albums.${f}`),
])

export const listAlbumsQueryConfig = list([...albumSummaryFields, "artist.id", "artist.name"])
export const retrieveAlbumQueryConfig = one([
  ...albumSummaryFields,
  "artist.id",
  "artist.name",
  "tracks.id",
  "tracks.name",
  "tracks.track_number",
  "tracks.milliseconds",
  "tracks.composer",
  "tracks.genre.id",
  "tracks.genre.name",
  "tracks.media_type.name",
  "tracks.product_variant.id",
])

export const listPlaylistsQueryConfig = list(["id", "name", "description"])
export const retrievePlaylistQueryConfig = one(["id", "name", "description", "editorial", "visibility"])

export const listTracksQueryConfig = list([
  "id",
  "name",
  "track_number",
  "milliseconds",
  "composer",
  "genre.id",
  "genre.name",
  "media_type.id",
  "media_type.name",
  "product_variant.id",
  "album.id",
  "album.title",
  "album.cover_url",
  "album.product.handle",
  "album.artist.id",
  "album.artist.name",
])
