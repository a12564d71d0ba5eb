import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import type { CreatedAlbum } from "../steps/create-albums"

/** Every variant needs its own value of this option: one per track, plus the album. */
export const FORMAT_OPTION = "Format"
export const FULL_ALBUM_VALUE = "Full album"

export function trackOptionValue(track: { track_number: number; name: string }) {
  return `${track.track_number}. ${track.name}`
}

export function slug(text: string) {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 80)
    .replace(/^-+|-+$/g, "")
}

export function albumHandle(album: Pick<CreatedAlbum, "id" | "title" | "artist">) {
  // The id suffix keeps handles unique when two artists share a title.
  return `${slug(`${album.artist.name} ${album.title}`) || "album"}-${album.id.slice(-6).toLowerCase()}`
}

/** "1 h 2 min", "40 min 11 s": an album's running time as a sleeve prints it. */
export function runningTime(milliseconds: number) {
  const seconds = Math.round(milliseconds / 1000)
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  return h ? `${h} h ${m} min` : `${m} min ${s} s`
}

/**
 * What any Medusa client shows as the product's description. Chinook has no
 * release years, so none is given. Staff may rewrite it: the import and the
 * rename workflows replace it only while it is still this generated text.
 */
export function albumDescription(album: { artist: { name: string }; tracks: { milliseconds?: number | null }[] }) {
  const n = album.tracks.length
  const ms = album.tracks.reduce((sum, t) => sum + Number(t.milliseconds ?? 0), 0)
  return `An album by ${album.artist.name}: ${n} ${n === 1 ? "track" : "tracks"}, ${runningTime(ms)}.`
}

/** Where Medusa's catalogue browsing puts an album: its artist's collection, its tracks' genres' categories. */
export type AlbumTaxonomy = { collection_id?: string | null; category_ids?: string[] }

/**
 * The product that sells an album. Variant SKUs are the music ids, so the
 * workflow can link each variant back to its track without relying on order.
 */
export function albumProductInput(
  album: CreatedAlbum,
  opts: { currency: string; salesChannelId?: string; albumPrice: number; status?: ProductStatus } & AlbumTaxonomy
): CreateProductWorkflowInputDTO {
  const price = (amount: number) => [{ amount, currency_code: opts.currency }]
  return {
    title: album.title,
    subtitle: album.artist.name,
    handle: albumHandle(album),
    status: opts.status ?? ProductStatus.PUBLISHED,
    discountable: true,
    description: albumDescription(album),
    thumbnail: album.cover_url ?? undefined,
    images: album.cover_url ? [{ url: album.cover_url }] : [],
    collection_id: opts.collection_id ?? undefined,
    category_ids: opts.category_ids ?? [],
    options: [{ title: FORMAT_OPTION, values: [...album.tracks.map(trackOptionValue), FULL_ALBUM_VALUE] }],
    variants: [
      ...album.tracks.map((t) => ({
        title: t.name,
        sku: t.id,
        manage_inventory: false,
        options: { [FORMAT_OPTION]: trackOptionValue(t) },
        prices: price(t.unit_price),
        variant_rank: t.track_number,
      })),
      {
        title: FULL_ALBUM_VALUE,
        sku: album.id,
        manage_inventory: false,
        options: { [FORMAT_OPTION]: FULL_ALBUM_VALUE },
        prices: price(opts.albumPrice),
        variant_rank: 0,
      },
    ],
    sales_channels: opts.salesChannelId ? [{ id: opts.salesChannelId }] : [],
    metadata: { album_id: album.id },
  }
}
