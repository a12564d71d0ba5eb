import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUSIC_MODULE } from "../../../modules/music"
import type MusicModuleService from "../../../modules/music/service"
import { PLAYLISTS_MODULE } from "../../../modules/playlists"
import type PlaylistsModuleService from "../../../modules/playlists/service"
import { ownedForCart } from "../../cart/unrecorded-purchases"

/** The most lines "buy what I don't own" puts in a cart at once. */
export const PLAYLIST_CART_MAX = 250

export type PickInput = {
  cart_id: string
  playlist_id: string
  channels: string[]
  /** Who asks (null for a guest): a customer's cart is theirs alone to fill. */
  requester_id: string | null
}

export type Picked = {
  items: { variant_id: string; quantity: number }[]
  track_ids: string[]
  skipped: { owned: number; in_cart: number; not_for_sale: number }
}

/**
 * Of a playlist's tracks, those to put in the cart: on sale in the store's
 * channels, not owned by the cart's customer (a placed order not yet
 * recorded counts, as at checkout) and not already in the cart, alone or in
 * its album. In playlist order, one line each.
 */
export const pickUnownedCartItemsStep = createStep(
  "pick-unowned-cart-items",
  async ({ cart_id, playlist_id, channels, requester_id }: PickInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [cart],
    } = await query.graph({ entity: "cart", fields: ["id", "customer_id", "completed_at", "items.variant_id"], filters: { id: cart_id } })
    const cartOwner = (cart as any)?.customer_id as string | null | undefined
    if (!cart || (cartOwner && cartOwner !== requester_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${cart_id}`)
    }
    if ((cart as any).completed_at) throw new MedusaError(MedusaError.Types.INVALID_DATA, "cart_id: this cart is already completed")
    const inCart = new Set(((cart as any).items ?? []).map((i: any) => i?.variant_id).filter(Boolean))

    const playlists: PlaylistsModuleService = container.resolve(PLAYLISTS_MODULE)
    // Each track once: an editorial playlist may list one twice, a cart sells it once.
    const ids = [...new Set(await playlists.listEntryTrackIds(playlist_id))]
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const tracks = ids.length
      ? ((await music.listTracks({ id: ids } as any, { select: ["id", "variant_id", "album_id", "sales_channel_ids"], take: null })) as any[])
      : []
    const byId = new Map(tracks.map((t) => [t.id, t]))
    const albums = (await music.listAlbums({ id: [...new Set(tracks.map((t) => t.album_id))] } as any, {
      select: ["id", "full_variant_id"],
      take: null,
    })) as any[]
    const albumInCart = new Set(albums.filter((a) => a.full_variant_id && inCart.has(a.full_variant_id)).map((a) => a.id))
    const customerId = cartOwner ?? null
    const owned = customerId ? await ownedForCart(container, customerId, ids) : new Set<string>()

    const picked: Picked = { items: [], track_ids: [], skipped: { owned: 0, in_cart: 0, not_for_sale: 0 } }
    for (const id of ids) {
      const t = byId.get(id)
      if (!t?.variant_id || !(t.sales_channel_ids ?? []).some((c: string) => channels.includes(c))) picked.skipped.not_for_sale++
      else if (owned.has(id)) picked.skipped.owned++
      else if (inCart.has(t.variant_id) || albumInCart.has(t.album_id)) picked.skipped.in_cart++
      else {
        picked.items.push({ variant_id: t.variant_id, quantity: 1 })
        picked.track_ids.push(id)
      }
    }
    if (picked.items.length > PLAYLIST_CART_MAX) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `This playlist has ${picked.items.length.toLocaleString("en-US")} tracks you don't own; a cart takes at most ${PLAYLIST_CART_MAX} of them at once. Buy them from a shorter playlist or album by album.`
      )
    }
    return new StepResponse(picked)
  }
)
