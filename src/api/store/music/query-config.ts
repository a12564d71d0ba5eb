import { AlbumCardShape, AlbumPageShape, ArtistShape, GenreShape, PlaylistShape, TrackCardShape } from "./validators"

// Medusa's query config for each route, from the route's shape: its fields
// are the defaults and the only ones allowed.
const list = (s: { defaults: string[]; allowed: string[] }) => ({ ...s, isList: true, defaultLimit: 20 })
const one = (s: { defaults: string[]; allowed: string[] }) => ({ ...s, isList: false })
const strip = ({ defaults, allowed }: { defaults: string[]; allowed: string[] }) => ({ defaults, allowed })

export const listGenresQueryConfig = list(strip(GenreShape))
export const retrieveGenreQueryConfig = one(strip(GenreShape))
export const listArtistsQueryConfig = list(strip(ArtistShape))
export const retrieveArtistQueryConfig = one(strip(ArtistShape))
// Medusa checks `order` against `allowed` too; `created_at` orders albums but is
// not a field of the card (the `fields` validator still refuses it).
export const listAlbumsQueryConfig = list({ ...strip(AlbumCardShape), allowed: [...AlbumCardShape.allowed, "created_at"] })
export const retrieveAlbumQueryConfig = one(strip(AlbumPageShape))
export const listTracksQueryConfig = list(strip(TrackCardShape))
export const listPlaylistsQueryConfig = list(strip(PlaylistShape))
export const retrievePlaylistQueryConfig = one(strip(PlaylistShape))
/** Routes with a fixed shape take no `fields`. */
export const fixedShapeQueryConfig = { defaults: [] as string[], allowed: ["id"] }
