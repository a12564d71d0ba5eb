import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { rejectHostileBytes } from "../../utils/clean-text"
import {
  CustomerPlaylistPageShape,
  CustomerPlaylistShape,
  SharedPlaylistShape,
  StoreAddPlaylistToCart,
  StoreAddPlaylistTracks,
  StoreCopyPlaylist,
  StoreCreateCustomerPlaylist,
  StoreFixedShapeParams,
  StoreGetCustomerPlaylistParams,
  StoreGetSharedPlaylistParams,
  StoreListCustomerPlaylistsParams,
  StoreReorderPlaylist,
  StoreSharePlaylist,
  StoreUpdateCustomerPlaylist,
} from "./validators"

// /store/customers/me* already requires a logged-in customer (Medusa's own
// middleware); it is said again here so that these routes never depend on it.
const customer = authenticate("customer", ["session", "bearer"])
// A logged-in customer is recognised where a guest is welcome too.
const maybeCustomer = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

const config = (s: { defaults: string[]; allowed: string[] }, isList = false) => ({ defaults: s.defaults, allowed: s.allowed, isList })
const fixed = validateAndTransformQuery(StoreFixedShapeParams, {})

type Method = "GET" | "POST" | "DELETE"
type Middleware = NonNullable<MiddlewareRoute["middlewares"]>[number]
const route = (method: Method, matcher: string, ...middlewares: Middleware[]): MiddlewareRoute => ({
  method: [method],
  matcher,
  middlewares: [rejectHostileBytes, ...middlewares],
})

const MINE = "/store/customers/me/playlists"

export const storePlaylistMiddlewares: MiddlewareRoute[] = [
  route("GET", MINE, customer, validateAndTransformQuery(StoreListCustomerPlaylistsParams, config(CustomerPlaylistShape, true))),
  route("POST", MINE, customer, fixed, validateAndTransformBody(StoreCreateCustomerPlaylist)),
  route("GET", `${MINE}/:id`, customer, validateAndTransformQuery(StoreGetCustomerPlaylistParams, config(CustomerPlaylistPageShape))),
  route("POST", `${MINE}/:id`, customer, fixed, validateAndTransformBody(StoreUpdateCustomerPlaylist)),
  route("DELETE", `${MINE}/:id`, customer, fixed),
  route("POST", `${MINE}/:id/tracks`, customer, fixed, validateAndTransformBody(StoreAddPlaylistTracks)),
  route("DELETE", `${MINE}/:id/tracks/:track_id`, customer, fixed),
  route("POST", `${MINE}/:id/reorder`, customer, fixed, validateAndTransformBody(StoreReorderPlaylist)),
  route("POST", `${MINE}/:id/share`, customer, fixed, validateAndTransformBody(StoreSharePlaylist)),
  route("DELETE", `${MINE}/:id/share`, customer, fixed),
  route("GET", "/store/playlists/shared/:token", validateAndTransformQuery(StoreGetSharedPlaylistParams, config(SharedPlaylistShape))),
  route("POST", "/store/playlists/shared/:token/copy", customer, fixed, validateAndTransformBody(StoreCopyPlaylist)),
  route("POST", "/store/music/playlists/:id/copy", customer, fixed, validateAndTransformBody(StoreCopyPlaylist)),
  route("POST", "/store/carts/:id/playlist-tracks", maybeCustomer, fixed, validateAndTransformBody(StoreAddPlaylistToCart)),
]
