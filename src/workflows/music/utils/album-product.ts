import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import type { CreatedAlbum } from "../steps/create-albums"

/** Every variant needs its own value of this option: one per track, plus the album. */
export const FORMAT_OPTION = "Format"
export const FULL_ALBUM_VALUE = "Full album"

export function trackOptionValue(track: { track_number: number; name: string }) {
  return `${track.track_number}. ${track.name}`
}

function slug(text: string) {
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

/**
 * The product that sells an album. Variant SKUs are the music ids, so the
 * workflow can link each variant back to its track without relying on order.
 */
export function albumProductInput(
  album: CreatedAlbum,
  opts: { currency: string; salesChannelId?: string; albumPrice: number }
): CreateProductWorkflowInputDTO {
  const price = (amount: number) => [{ amount, currency_code: opts.currency }]
  return {
    title: album.title,
    subtitle: album.artist.name,
    handle: albumHandle(album),
    status: ProductStatus.PUBLISHED,
    discountable: true,
    thumbnail: album.cover_url ?? undefined,
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
