import { sdk } from "../../lib/sdk"

/* The shapes /admin/music answers with (src/api/admin/music), and its calls. */

export type Money = { amount: number; currency_code: string }
export type Ref = { id: string; name: string }

export type Artist = { id: string; name: string; chinook_id: number | null; album_count: number }
export type Genre = { id: string; name: string; chinook_id: number | null; track_count: number; album_count: number }
export type MediaType = { id: string; name: string; chinook_id: number | null; track_count: number }
export type Deletable = { deletable: boolean; delete_refusal: string | null }

export type Album = {
  id: string
  title: string
  chinook_id: number | null
  cover_url: string | null
  artist: Ref
  track_count: number
  milliseconds: number
  product_id: string | null
  product_handle: string | null
  full_variant_id: string | null
  status: string | null
  published: boolean
  price: Money | null
}

export type Track = {
  id: string
  name: string
  composer: string | null
  track_number: number
  milliseconds: number
  bytes: number | null
  album: { id: string; title: string }
  artist: Ref
  genre: Ref | null
  media_type: Ref | null
  variant_id: string | null
  product_id: string | null
  published: boolean
  hidden: boolean
  has_master: boolean
  price: Money | null
}

export type AlbumDetail = Album &
  Deletable & {
    tracks: Track[]
    product: { id: string; title: string; handle: string; status: string; sales_channels: { id: string; name: string }[] } | null
    sold: { order_lines: number; owned_tracks: number }
  }

export type Page<K extends string, T> = { [key in K]: T[] } & { count: number; limit: number; offset: number }

export type PriceChangeRequest = {
  scope: { genre_id?: string; media_type_id?: string; artist_id?: string; album_id?: string }
  targets: "tracks" | "albums" | "all"
  change: { mode: "set" | "percent" | "amount"; value: number }
  token?: string
}

export type PricePlan = {
  currency_code: string
  count: number
  unchanged_count: number
  skipped: { kind: string; id: string; name: string; reason: string }[]
  variants: {
    kind: "track" | "album"
    id: string
    name: string
    album_title: string
    artist_name: string
    variant_id: string
    old_amount: number | null
    new_amount: number
  }[]
  token: string
}

/** Query values without the empty ones. */
function clean(query: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== ""))
}

export const musicApi = {
  list: <K extends string, T>(path: string, query: Record<string, unknown>) =>
    sdk.client.fetch<Page<K, T>>(`/admin/music/${path}`, { method: "GET", query: clean(query) }),
  get: <T>(path: string) => sdk.client.fetch<T>(`/admin/music/${path}`, { method: "GET" }),
  post: <T>(path: string, body: Record<string, unknown>) => sdk.client.fetch<T>(`/admin/music/${path}`, { method: "POST", body }),
  remove: (path: string) => sdk.client.fetch<{ id: string; deleted: boolean }>(`/admin/music/${path}`, { method: "DELETE" }),
}

/** The message the API gave, for a toast or a dialog. */
export const messageOf = (error: unknown) => (error as { message?: string })?.message ?? String(error)

export function formatMoney(money: Money | null | undefined) {
  if (!money) return "—"
  return new Intl.NumberFormat("en-US", { style: "currency", currency: money.currency_code.toUpperCase() }).format(money.amount)
}

export function formatDuration(ms: number) {
  const s = Math.round(ms / 1000)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const sec = String(s % 60).padStart(2, "0")
  return h ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`
}
