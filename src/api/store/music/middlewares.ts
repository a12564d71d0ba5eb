import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import * as QueryConfig from "./query-config"
import {
  StoreGetAlbumParams,
  StoreGetAlbumsParams,
  StoreGetArtistParams,
  StoreGetArtistsParams,
  StoreGetGenreParams,
  StoreGetGenresParams,
  StoreGetPlaylistParams,
  StoreGetPlaylistsParams,
  StoreGetChartsParams,
  StoreGetRelatedAlbumsParams,
  StoreGetTrackPreviewParams,
  StoreGetTracksParams,
  StoreMusicSearchParams,
} from "./validators"

export const storeMusicMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/music/genres",
    middlewares: [validateAndTransformQuery(StoreGetGenresParams, QueryConfig.listGenresQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/music/genres/:id",
    middlewares: [validateAndTransformQuery(StoreGetGenreParams, QueryConfig.retrieveGenreQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/music/artists",
    middlewares: [validateAndTransformQuery(StoreGetArtistsParams, QueryConfig.listArtistsQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/music/albums",
    middlewares: [validateAndTransformQuery(StoreGetAlbumsParams, QueryConfig.listAlbumsQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/music/albums/:id",
    middlewares: [validateAndTransformQuery(StoreGetAlbumParams, QueryConfig.retrieveAlbumQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/music/playlists",
    middlewares: [validateAndTransformQuery(StoreGetPlaylistsParams, QueryConfig.listPlaylistsQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/music/playlists/:id",
    middlewares: [validateAndTransformQuery(StoreGetPlaylistParams, QueryConfig.retrievePlaylistQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/music/tracks",
    middlewares: [validateAndTransformQuery(StoreGetTracksParams, QueryConfig.listTracksQueryConfig)],
  },
  {
    method: ["GET"],
    matcher: "/store/music/tracks/:id/preview",
    middlewares: [validateAndTransformQuery(StoreGetTrackPreviewParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/music/charts",
    middlewares: [validateAndTransformQuery(StoreGetChartsParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/music/albums/:id/related",
    middlewares: [validateAndTransformQuery(StoreGetRelatedAlbumsParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/music/search",
    middlewares: [validateAndTransformQuery(StoreMusicSearchParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/music/artists/:id",
    middlewares: [validateAndTransformQuery(StoreGetArtistParams, QueryConfig.retrieveArtistQueryConfig)],
  },
]
