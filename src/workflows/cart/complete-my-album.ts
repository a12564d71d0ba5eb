import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { pricesOf, type MusicPricingContext } from "../../api/store/music/utils/pricing"
import { MUSIC_MODULE } from "../../modules/music"
import type MusicModuleService from "../../modules/music/service"
import { musicVariants, type MusicVariant } from "./music-lines"
import { ownedForCart } from "./unrecorded-purchases"

/*
 * "Complete my album": a whole album whose tracks the customer partly owns
 * costs its price less what the owned tracks cost now (never below zero).
 * The album line carries that price as a custom unit price, which Medusa's
 * own cart refreshes keep (they re-price only lines without one), with the
 * full price as compare_at_unit_price and the reckoning in metadata; the
 * order copies all three from the line. Whenever the cart is refreshed (and
 * at completion) the price is worked out again from what the customer owns
 * at that moment, so ownership gained or lost in between shows.
 */

/** The line item metadata key a storefront reads: "You own 3 of 10 tracks: $2.97 off". */
export const COMPLETE_MY_ALBUM = "complete_my_album"

export type CompleteMyAlbum = {
  album_id: string
  owned_track_ids: string[]
  owned_tracks: number
  album_tracks: number
  /** The album's own price, before anything is taken off. */
  album_price: number
  /** What was taken off: the owned tracks' prices, at most the album price. */
  amount_off: number
  currency_code: string
}

export type OfferCartItem = {
  id: string
  variant_id?: string | null
  unit_price: unknown
  compare_at_unit_price?: unknown
  is_custom_price?: boolean | null
  metadata?: Record<string, unknown> | null
}

export type OfferCart = {
  id: string
  region_id?: string | null
  currency_code: string
  customer_id?: string | null
  customer?: { id?: string; groups?: ({ id: string } | null)[] | null } | null
  items?: (OfferCartItem | null)[] | null
}

export type AlbumLineUpdate = {
  id: string
  unit_price: number
  is_custom_price: boolean
  compare_at_unit_price: number | null
  metadata: Record<string, unknown>
}

export type AlbumLineChange = { album_title: string; update: AlbumLineUpdate; previous: AlbumLineUpdate }

export const OFFER_CART_FIELDS = [
  "id",
  "region_id",
  "currency_code",
  "customer_id",
  "customer.groups.id",
  "items.id",
  "items.variant_id",
  "items.unit_price",
  "items.compare_at_unit_price",
  "items.is_custom_price",
  "items.metadata",
]

export async function readOfferCart(container: MedusaContainer, cartId: string): Promise<OfferCart | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: OFFER_CART_FIELDS, filters: { id: cartId } })
  return data[0] as OfferCart | undefined
}

const num = (v: unknown) => MathBN.convert((v ?? 0) as any).toNumber()
const offerOf = (item: OfferCartItem) => (item.metadata?.[COMPLETE_MY_ALBUM] ?? null) as CompleteMyAlbum | null

function sameOffer(a: CompleteMyAlbum | null, b: CompleteMyAlbum | null) {
  if (!a || !b) return a === b
  return (
    a.album_id === b.album_id &&
    a.currency_code === b.currency_code &&
    a.album_tracks === b.album_tracks &&
    MathBN.eq(a.album_price, b.album_price) &&
    MathBN.eq(a.amount_off, b.amount_off) &&
    [...a.owned_track_ids].sort().join() === [...b.owned_track_ids].sort().join()
  )
}

/** The same pricing context as the store's album page: region, currency and the customer's groups. */
async function pricingContextOfCart(container: MedusaContainer, cart: OfferCart, customerId: string): Promise<MusicPricingContext> {
  let groups = cart.customer?.groups
  if (!groups) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: ["groups.id"], filters: { id: customerId } })
    groups = (data[0] as any)?.groups ?? []
  }
  return {
    region_id: cart.region_id!,
    currency_code: cart.currency_code,
    customer: { groups: (groups ?? []).filter(Boolean).map((g) => ({ id: g!.id })) },
  }
}

/**
 * The album lines of the cart whose price or reckoning differs from what the
 * customer's ownership says now, with the values to write and the ones they
 * replace. A line of an album the customer owns nothing of is left alone
 * unless an earlier reckoning has to be taken back. Guests own nothing.
 */
export async function albumLineChanges(
  container: MedusaContainer,
  cart: OfferCart,
  known?: Map<string, MusicVariant>
): Promise<AlbumLineChange[]> {
  const items = (cart.items ?? []).filter((i): i is OfferCartItem => !!i?.variant_id)
  const customerId = cart.customer_id ?? cart.customer?.id ?? null
  // Nothing to work out: no customer and no earlier reckoning to take back.
  if (!items.length || (!customerId && !items.some(offerOf))) return []

  const variants = known ?? (await musicVariants(container, items.map((i) => i.variant_id!)))
  const albumLines = items.flatMap((item) => {
    const v = variants.get(item.variant_id!)
    return v?.full_album ? [{ item, album_id: v.album_id, album_title: v.album_title }] : []
  })
  if (!albumLines.length || !cart.region_id) return []

  const music: MusicModuleService = container.resolve(MUSIC_MODULE)
  const albumIds = [...new Set(albumLines.map((l) => l.album_id))]
  const [albums, tracks] = await Promise.all([
    music.listAlbums({ id: albumIds } as any, { select: ["id", "full_price_set_id"] }),
    music.listTracks({ album_id: albumIds } as any, { select: ["id", "album_id", "price_set_id"] }),
  ])
  const owned = customerId ? await ownedForCart(container, customerId, tracks.map((t: any) => t.id)) : new Set<string>()
  const relevant = albumLines.filter((l) => offerOf(l.item) || tracks.some((t: any) => t.album_id === l.album_id && owned.has(t.id)))
  if (!relevant.length) return []

  const fullPriceSet = new Map(albums.map((a: any) => [a.id, a.full_price_set_id as string | null]))
  const ownedTracks = tracks.filter((t: any) => owned.has(t.id)) as any[]
  const context = customerId
    ? await pricingContextOfCart(container, cart, customerId)
    : { region_id: cart.region_id, currency_code: cart.currency_code }
  const prices = await pricesOf(
    container,
    [...relevant.map((l) => fullPriceSet.get(l.album_id) ?? ""), ...ownedTracks.map((t) => t.price_set_id ?? "")],
    context
  )

  const changes: AlbumLineChange[] = []
  for (const { item, album_id, album_title } of relevant) {
    const albumPrice = prices.get(fullPriceSet.get(album_id) ?? "")
    // No price in this currency: Medusa refuses such a line on its own.
    if (!albumPrice) continue
    const mine = ownedTracks.filter((t) => t.album_id === album_id)
    const { [COMPLETE_MY_ALBUM]: _, ...otherMetadata } = item.metadata ?? {}
    const previous: AlbumLineUpdate = {
      id: item.id,
      unit_price: num(item.unit_price),
      is_custom_price: !!item.is_custom_price,
      compare_at_unit_price: item.compare_at_unit_price == null ? null : num(item.compare_at_unit_price),
      metadata: item.metadata ?? {},
    }
    let update: AlbumLineUpdate
    if (!mine.length) {
      // Owns none of it any more: back to the album's own price.
      update = { id: item.id, unit_price: albumPrice.amount, is_custom_price: false, compare_at_unit_price: null, metadata: otherMetadata }
    } else {
      const ownedValue = mine.reduce((sum, t) => MathBN.add(sum, prices.get(t.price_set_id)?.amount ?? 0), MathBN.convert(0))
      const off = MathBN.min(ownedValue, albumPrice.amount)
      const offer: CompleteMyAlbum = {
        album_id,
        owned_track_ids: mine.map((t) => t.id).sort(),
        owned_tracks: mine.length,
        album_tracks: tracks.filter((t: any) => t.album_id === album_id).length,
        album_price: albumPrice.amount,
        amount_off: off.toNumber(),
        currency_code: albumPrice.currency_code,
      }
      update = {
        id: item.id,
        unit_price: MathBN.sub(albumPrice.amount, off).toNumber(),
        is_custom_price: true,
        compare_at_unit_price: albumPrice.amount,
        metadata: { ...otherMetadata, [COMPLETE_MY_ALBUM]: offer },
      }
    }
    const unchanged =
      MathBN.eq(update.unit_price, previous.unit_price) &&
      update.is_custom_price === previous.is_custom_price &&
      sameOffer(offerOf(item), (update.metadata[COMPLETE_MY_ALBUM] ?? null) as CompleteMyAlbum | null)
    if (!unchanged) changes.push({ album_title, update, previous })
  }
  return changes
}

/** Writes line values (the changes, or the previous values to undo them). */
export async function writeAlbumLines(container: MedusaContainer, lines: AlbumLineUpdate[]) {
  if (!lines.length) return
  const cartModule = container.resolve(Modules.CART)
  await cartModule.updateLineItems(lines as any)
}

/**
 * Brings the cart's payment collection to the cart's new total, dropping its
 * sessions (their amount is no longer the one to pay), as Medusa's own
 * refresh does. For callers that already hold the cart's lock.
 */
export async function resyncPaymentCollection(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "total", "currency_code", "payment_collection.id", "payment_collection.amount", "payment_collection.payment_sessions.id"],
    filters: { id: cartId },
  })
  const cart = data[0] as any
  const collection = cart?.payment_collection
  if (!collection?.id || MathBN.eq(collection.amount, cart.total)) return
  const payment = container.resolve(Modules.PAYMENT)
  for (const s of collection.payment_sessions ?? []) if (s?.id) await payment.deletePaymentSession(s.id)
  await payment.updatePaymentCollections(collection.id, { amount: cart.total, currency_code: cart.currency_code } as any)
}
