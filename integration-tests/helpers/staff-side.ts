import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MUSIC_MODULE } from "../../src/modules/music"
import type MusicModuleService from "../../src/modules/music/service"
import { OWNERSHIP_MODULE } from "../../src/modules/ownership"
import type OwnershipModuleService from "../../src/modules/ownership/service"
import { ensureStaffLogin } from "../../src/lib/staff-login"
import { SYSTEM_PAYMENT_PROVIDER, type StoreSetup } from "../../src/lib/store-setup"
import { createAlbumsWorkflow } from "../../src/workflows/music/create-albums"

/*
 * What the staff-side tests (support, customers and employees) share:
 * staff logins, a small album with short tracks (demos render in moments),
 * buying through the real cart flow, and waiting for what subscribers do.
 */

export type Auth = { headers: Record<string, string> }

/** Polls until `check` returns something truthy (subscribers run after the response). */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      const value = await check()
      if (value) return value
    } catch (e) {
      last = e
    }
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ""}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** The notifications sent to `to` (with this template), once there are `count` and none is pending. */
export async function sentTo(container: MedusaContainer, to: string, count: number, template?: string, waitMs = 10_000) {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const deadline = Date.now() + waitMs
  for (;;) {
    const found = await notifications.listNotifications({ to, ...(template ? { template } : {}) }, { order: { created_at: "ASC" } })
    const settled = found.every((n) => n.status !== "pending")
    if ((found.length >= count && settled) || Date.now() > deadline) return found
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** A staff login (made if missing) and its bearer header. */
export async function staffAuth(api: any, container: MedusaContainer, email: string, password = "staff-pass-1"): Promise<Auth> {
  await ensureStaffLogin(container, { email, password })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** A customer's bearer header from their email and password (an imported Chinook customer, say). */
export async function customerAuth(api: any, publishableKey: string, email: string, password: string): Promise<Auth> {
  // One clean CI run saw the first customer login after the database was
  // restored answer 401 once (not reproduced since; noted on issue 10): try
  // again before failing, and say what the server answered.
  let last: any
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const { data } = await api.post("/auth/customer/emailpass", { email, password })
      return { headers: { "x-publishable-api-key": publishableKey, authorization: `Bearer ${data.token}` } }
    } catch (e: any) {
      last = e
      if (e?.response?.status !== 401) break
      await new Promise((r) => setTimeout(r, 500))
    }
  }
  throw new Error(`Login of ${email} refused: ${last?.response?.status} ${JSON.stringify(last?.response?.data ?? last?.message)}`)
}

export type TestAlbum = { id: string; tracks: { id: string; name: string; variant_id: string }[] }

/** An album of short tracks (milliseconds each), sold as usual. */
export async function makeAlbum(container: MedusaContainer, title: string, tracks: { name: string; milliseconds?: number; unit_price?: number }[]): Promise<TestAlbum> {
  const music: MusicModuleService = container.resolve(MUSIC_MODULE)
  const artist = await music.createArtists({ name: `${title} Band` })
  const { result } = await createAlbumsWorkflow(container).run({
    input: {
      albums: [
        {
          title,
          artist_id: artist.id,
          tracks: tracks.map((t) => ({ name: t.name, composer: null, milliseconds: t.milliseconds ?? 2000, bytes: 1000, unit_price: t.unit_price ?? 0.99 })),
        },
      ],
    },
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "track",
    fields: ["id", "name", "track_number", "product_variant.id"],
    filters: { id: result[0].tracks.map((t: any) => t.id) },
  })
  return {
    id: result[0].id,
    tracks: (data as any[]).sort((a, b) => a.track_number - b.track_number).map((t) => ({ id: t.id, name: t.name, variant_id: t.product_variant.id })),
  }
}

/** Buys these variants through the cart (system payment provider) and waits until the customer owns them. */
export async function buy(api: any, container: MedusaContainer, setup: StoreSetup, auth: Auth, variantIds: string[]) {
  const {
    data: { cart },
  } = await api.post("/store/carts", { region_id: setup.region_id }, auth)
  for (const variant_id of variantIds) await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 }, auth)
  const {
    data: { payment_collection },
  } = await api.post("/store/payment-collections", { cart_id: cart.id }, auth)
  await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: SYSTEM_PAYMENT_PROVIDER }, auth)
  const { data } = await api.post(`/store/carts/${cart.id}/complete`, {}, auth)
  if (data.type !== "order") throw new Error(`Cart ${cart.id} did not complete: ${JSON.stringify(data).slice(0, 300)}`)
  const order = data.order as { id: string; display_id: number; customer_id: string; total: number }
  const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
  await eventually(async () => (await ownership.listSaleLines({ order_id: order.id })).length === variantIds.length, `the ledger of order ${order.id}`)
  // And delivered: the delivery subscriber is done with it before a test
  // snapshots or restores the database under it. The fulfilment is marked
  // delivered before the order records it, so wait for the order's own
  // delivered quantities (its last write), not the fulfilment's date.
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  await eventually(async () => {
    const { data } = await query.graph({
      entity: "order",
      fields: ["items.detail.quantity", "items.detail.delivered_quantity"],
      filters: { id: order.id },
    })
    const items = ((data[0] as any)?.items ?? []).filter(Boolean)
    return items.length > 0 && items.every((i: any) => Number(i.detail?.delivered_quantity ?? 0) >= Number(i.detail?.quantity ?? 1))
  }, `the delivery of order ${order.id}`)
  // Its last steps (events, the lock) follow at once, without the database.
  await new Promise((r) => setTimeout(r, 250))
  return order
}

/** Expects a refused request: its status and a message naming the field. */
export async function refused(promise: Promise<unknown>) {
  try {
    const res: any = await promise
    throw new Error(`Expected a refusal, got ${res?.status}`)
  } catch (e: any) {
    if (!e.response) throw e
    return { status: e.response.status as number, message: String(e.response.data?.message ?? "") }
  }
}
