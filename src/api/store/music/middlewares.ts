import { authenticate, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { rejectHostileBytes } from "../../utils/clean-text"
import * as QueryConfig from "./query-config"
import {
  StoreGetAlbumParams,
  StoreGetAlbumsParams,
  StoreGetArtistParams,
  StoreGetArtistsParams,
  StoreGetChartsParams,
  StoreGetGenreParams,
  StoreGetGenresParams,
  StoreGetPlaylistParams,
  StoreGetPlaylistsParams,
  StoreGetRelatedAlbumsParams,
  StoreGetTrackPreviewParams,
  StoreGetTracksParams,
  StoreMusicSearchParams,
} from "./validators"

// A logged-in customer is recognised (never required), so prices follow their
// customer groups' price lists as they will in the cart.
const customer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

const get = (matcher: string, schema: Parameters<typeof validateAndTransformQuery>[0], config: object = {}): MiddlewareRoute => ({
  method: ["GET"],
  matcher,
  middlewares: [rejectHostileBytes, customer, validateAndTransformQuery(schema, config)],
})

export const storeMusicMiddlewares: MiddlewareRoute[] = [
  get("/store/music/genres", StoreGetGenresParams, QueryConfig.listGenresQueryConfig),
  get("/store/music/genres/:id", StoreGetGenreParams, QueryConfig.retrieveGenreQueryConfig),
  get("/store/music/artists", StoreGetArtistsParams, QueryConfig.listArtistsQueryConfig),
  get("/store/music/artists/:id", StoreGetArtistParams, QueryConfig.retrieveArtistQueryConfig),
  get("/store/music/albums", StoreGetAlbumsParams, QueryConfig.listAlbumsQueryConfig),
  get("/store/music/albums/:id", StoreGetAlbumParams, QueryConfig.retrieveAlbumQueryConfig),
  get("/store/music/albums/:id/related", StoreGetRelatedAlbumsParams),
  get("/store/music/playlists", StoreGetPlaylistsParams, QueryConfig.listPlaylistsQueryConfig),
  get("/store/music/playlists/:id", StoreGetPlaylistParams, QueryConfig.retrievePlaylistQueryConfig),
  get("/store/music/tracks", StoreGetTracksParams, QueryConfig.listTracksQueryConfig),
  get("/store/music/tracks/:id/preview", StoreGetTrackPreviewParams),
  get("/store/music/charts", StoreGetChartsParams),
  get("/store/music/search", StoreMusicSearchParams),
]
