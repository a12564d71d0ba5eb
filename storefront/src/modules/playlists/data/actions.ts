"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { FetchError } from "@medusajs/js-sdk"
import { getCart } from "@lib/data/cart-read"
import { getAuthHeaders, setCartId } from "@lib/data/cookies"
import { getRegionId } from "@lib/data/regions"
import { getSdk } from "@lib/sdk"
import { SOMETHING_WENT_WRONG } from "@lib/util/auth-errors"
import { summaryOf, type ApiPlaylistSummary } from "./api"
import type { MyPlaylistSummary } from "./types"

/*
 * Everything a customer does to playlists, as server actions: the bearer
 * token stays on the server, the browser only calls these. Each answers what
 * the page needs to say next, in words a customer can act on.
 */

export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; status?: number; error: string }

const MINE = "/store/customers/me/playlists"
const signInFirst: ActionResult<never> = { ok: false, status: 401, error: "Sign in to keep playlists." }

/** The backend's own sentence when it wrote one for people (a limit, a conflict); plain words otherwise. */
function failure(e: unknown): { ok: false; status?: number; error: string } {
  const status = e instanceof FetchError ? e.status : undefined
  const raw = e instanceof Error ? e.message.replace(/^Invalid request:\s*/i, "") : ""
  if (status === 401) return { ok: false, status, error: "Your session has ended. Sign in again to continue." }
  if (status === 404) return { ok: false, status, error: "That playlist no longer exists." }
  if ((status === 400 || status === 409) && raw) return { ok: false, status, error: raw.charAt(0).toUpperCase() + raw.slice(1) }
  if (status === 429) return { ok: false, status, error: "Too many changes just now. Wait a moment and try again." }
  return { ok: false, status, error: SOMETHING_WENT_WRONG }
}

type Changed = ApiPlaylistSummary & { track_ids: string[] }

async function change(method: "POST" | "DELETE", path: string, body?: object): Promise<ActionResult<Changed>> {
  const auth = await getAuthHeaders()
  if (!auth) return signInFirst
  try {
    const { playlist } = await getSdk().client.fetch<{ playlist: Changed }>(path, { method, body, headers: auth })
    return { ok: true, data: playlist }
  } catch (e) {
    return failure(e)
  }
}

function refresh(id?: string) {
  revalidatePath("/account/playlists")
  if (id) revalidatePath(`/account/playlists/${id}`)
}

/** For the "add to playlist" picker: the customer's playlists, or that nobody is signed in. */
export async function pickerPlaylists(): Promise<{ signedIn: false } | { signedIn: true; playlists: MyPlaylistSummary[] }> {
  const auth = await getAuthHeaders()
  if (!auth) return { signedIn: false }
  try {
    const { playlists } = await getSdk().client.fetch<{ playlists: ApiPlaylistSummary[] }>(MINE, {
      method: "GET",
      query: { limit: 100 },
      headers: auth,
      cache: "no-store",
    })
    return { signedIn: true, playlists: playlists.map(summaryOf) }
  } catch (e) {
    if (e instanceof FetchError && e.status === 401) return { signedIn: false }
    throw e
  }
}

/** A new playlist, optionally with its first track; answers the playlist. */
export async function createPlaylist(name: string, trackId?: string): Promise<ActionResult<MyPlaylistSummary>> {
  const res = await change("POST", MINE, { name, ...(trackId ? { track_ids: [trackId] } : {}) })
  if (!res.ok) return res
  refresh()
  return { ok: true, data: summaryOf(res.data) }
}

export type FormState = { error?: string; saved?: boolean }

/** The "New playlist" form of My playlists: made, then opened. */
export async function createPlaylistFromForm(_prev: FormState, form: FormData): Promise<FormState> {
  const res = await createPlaylist(String(form.get("name") ?? ""))
  if (!res.ok) return { error: res.error }
  redirect(`/account/playlists/${encodeURIComponent(res.data.id)}`)
}

/** Name, description and visibility, from the playlist's settings form. */
export async function updatePlaylistFromForm(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const visibility = String(form.get("visibility") ?? "")
  const res = await change("POST", `${MINE}/${encodeURIComponent(id)}`, {
    name: String(form.get("name") ?? ""),
    description: String(form.get("description") ?? ""),
    ...(visibility === "private" || visibility === "public" ? { visibility } : {}),
  })
  if (!res.ok) return { error: res.error }
  refresh(id)
  return { saved: true }
}

export async function deletePlaylist(id: string): Promise<ActionResult> {
  const auth = await getAuthHeaders()
  if (!auth) return signInFirst
  try {
    await getSdk().client.fetch(`${MINE}/${encodeURIComponent(id)}`, { method: "DELETE", headers: auth })
  } catch (e) {
    return failure(e)
  }
  refresh()
  redirect("/account/playlists?deleted=1")
}

export async function addTrackToPlaylist(id: string, trackId: string): Promise<ActionResult<MyPlaylistSummary>> {
  const res = await change("POST", `${MINE}/${encodeURIComponent(id)}/tracks`, { track_id: trackId })
  if (!res.ok) return res
  refresh(id)
  return { ok: true, data: summaryOf(res.data) }
}

export async function removeTrackFromPlaylist(id: string, trackId: string): Promise<ActionResult<string[]>> {
  const res = await change("DELETE", `${MINE}/${encodeURIComponent(id)}/tracks/${encodeURIComponent(trackId)}`)
  if (!res.ok) return res
  refresh(id)
  return { ok: true, data: res.data.track_ids }
}

/** The whole new order; a 409 means the playlist changed elsewhere meanwhile. */
export async function reorderPlaylist(id: string, trackIds: string[]): Promise<ActionResult<string[]>> {
  const res = await change("POST", `${MINE}/${encodeURIComponent(id)}/reorder`, { track_ids: trackIds })
  if (!res.ok) return res
  refresh(id)
  return { ok: true, data: res.data.track_ids }
}

/** Makes the playlist public with a link; answers the link. */
export async function sharePlaylist(id: string): Promise<ActionResult<string>> {
  const auth = await getAuthHeaders()
  if (!auth) return signInFirst
  try {
    const { share_url } = await getSdk().client.fetch<{ share_url: string }>(`${MINE}/${encodeURIComponent(id)}/share`, {
      method: "POST",
      headers: auth,
    })
    refresh(id)
    return { ok: true, data: share_url }
  } catch (e) {
    return failure(e)
  }
}

export async function revokePlaylistShare(id: string): Promise<ActionResult> {
  const res = await change("DELETE", `${MINE}/${encodeURIComponent(id)}/share`)
  if (!res.ok) return res
  refresh(id)
  return { ok: true, data: undefined }
}

/** Copies an editorial playlist (by id) or a shared one (by its link's token) into the customer's own, then opens the copy. */
export async function copyPlaylist(source: { playlistId: string } | { shareToken: string }): Promise<ActionResult> {
  const auth = await getAuthHeaders()
  if (!auth) return signInFirst
  const path =
    "shareToken" in source
      ? `/store/playlists/shared/${encodeURIComponent(source.shareToken)}/copy`
      : `/store/music/playlists/${encodeURIComponent(source.playlistId)}/copy`
  let id: string
  try {
    const { playlist } = await getSdk().client.fetch<{ playlist: Changed }>(path, { method: "POST", body: {}, headers: auth })
    id = playlist.id
  } catch (e) {
    const f = failure(e)
    return f.status === 404 ? { ...f, error: "This playlist can no longer be copied: its link was revoked or it was made private." } : f
  }
  refresh()
  redirect(`/account/playlists/${encodeURIComponent(id)}?copied=1`)
}

export type BuyResult = ActionResult<{ added: number; owned: number; inCart: number; notForSale: number }>

/**
 * "Buy what I don't own": the playlist's tracks the visitor does not own and
 * has not put in the cart go into the cart (made on first use) at once.
 */
export async function buyUnowned(source: { playlistId: string } | { shareToken: string }): Promise<BuyResult> {
  const auth = (await getAuthHeaders()) ?? {}
  const sdk = getSdk()
  try {
    let cartId = (await getCart())?.id
    if (!cartId) {
      const { cart } = await sdk.client.fetch<{ cart: { id: string } }>("/store/carts", {
        method: "POST",
        body: { region_id: await getRegionId() },
        query: { fields: "id" },
        headers: auth,
      })
      cartId = cart.id
      await setCartId(cart.id)
    }
    const res = await sdk.client.fetch<{ added: string[]; skipped: { owned: number; in_cart: number; not_for_sale: number } }>(
      `/store/carts/${encodeURIComponent(cartId)}/playlist-tracks`,
      { method: "POST", body: "shareToken" in source ? { share_token: source.shareToken } : { playlist_id: source.playlistId }, headers: auth }
    )
    revalidatePath("/", "layout")
    return {
      ok: true,
      data: { added: res.added.length, owned: res.skipped.owned, inCart: res.skipped.in_cart, notForSale: res.skipped.not_for_sale },
    }
  } catch (e) {
    const f = failure(e)
    return f.status === 404 ? { ...f, error: "This playlist is no longer available." } : f
  }
}
