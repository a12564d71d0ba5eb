import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ensureStoreSetup, type StoreSetup } from "../../../src/lib/store-setup"
import { MUSIC_MODULE } from "../../../src/modules/music"
import type MusicModuleService from "../../../src/modules/music/service"
import { OWNERSHIP_MODULE } from "../../../src/modules/ownership"
import type OwnershipModuleService from "../../../src/modules/ownership/service"
import { PLAYLISTS_MODULE } from "../../../src/modules/playlists"
import type PlaylistsModuleService from "../../../src/modules/playlists/service"
import { createAlbumsWorkflow } from "../../../src/workflows/music/create-albums"
import { syncCatalogueVisibilityWorkflow } from "../../../src/workflows/music/sync-catalogue-visibility"
import { createPlaylistsWorkflow } from "../../../src/workflows/playlists/create-playlists"
import { registerCustomer } from "../../helpers/customer"

const STOREFRONT = "https://shop.example.test"
// Read when a link is made, like the emailed links.
process.env.STOREFRONT_URL = STOREFRONT

type Auth = { headers: Record<string, string> }

export default function customerPlaylistsSuite({ api, getContainer }: MedusaSuiteOptions) {
  let setup: StoreSetup
  let pk: Auth
  let ann: Auth
  let bob: Auth
  let annId: string
  let tracks: { id: string; name: string; variant_id: string }[]
  let hiddenTrack: string
  let editorialId: string

  const playlists = (): PlaylistsModuleService => getContainer().resolve(PLAYLISTS_MODULE)
  const MINE = "/store/customers/me/playlists"
  const call = (method: "get" | "post" | "delete", url: string, auth: Auth, body?: object) =>
    (method === "get" || method === "delete"
      ? api[method](url, { ...auth, validateStatus: () => true })
      : api.post(url, body ?? {}, { ...auth, validateStatus: () => true })) as Promise<{ status: number; data: any }>
  const create = async (auth: Auth, body: object) => {
    const res = await call("post", MINE, auth, body)
    expect(res.status).toBe(200)
    return res.data.playlist
  }
  /** The entries as stored: track ids in position order, and the positions. */
  const stored = async (id: string) => {
    const rows = await playlists().listPlaylistTracks({ playlist_id: id }, { order: { position: "ASC" }, take: null })
    return { tracks: rows.map((r) => r.track_id), positions: rows.map((r) => r.position) }
  }

  beforeAll(async () => {
    const container = getContainer()
    setup = await ensureStoreSetup(container)
    pk = { headers: { "x-publishable-api-key": setup.publishable_key } }
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const artist = await music.createArtists({ name: "The Playlisters" })
    const t = (name: string) => ({ name, milliseconds: 200_000, unit_price: 0.99 })
    const { result } = await createAlbumsWorkflow(container).run({
      input: {
        albums: [
          { title: "Twelve Songs", artist_id: artist.id, tracks: Array.from({ length: 12 }, (_, i) => t(`Song ${i + 1}`)) },
          { title: "Hidden Album", artist_id: artist.id, tracks: [t("Secret Song")] },
        ],
      },
    })
    await syncCatalogueVisibilityWorkflow(container).run({ input: { product_ids: result.map((a) => a.product_id) } })
    const rows = await music.listTracks({ album_id: result[0].id } as any, { select: ["id", "name", "variant_id", "track_number"], order: { track_number: "ASC" } })
    tracks = rows.map((r: any) => ({ id: r.id, name: r.name, variant_id: r.variant_id }))
    hiddenTrack = result[1].tracks[0].id
    // The second album leaves the store: its track may not be added any more.
    const products = container.resolve("product") as any
    await products.updateProducts(result[1].product_id, { status: "draft" })
    await syncCatalogueVisibilityWorkflow(container).run({ input: { product_ids: [result[1].product_id] } })

    const { result: editorial } = await createPlaylistsWorkflow(container).run({
      input: { playlists: [{ name: "Staff Picks", description: "Chosen", editorial: true, track_ids: [tracks[5].id, tracks[2].id, hiddenTrack] }] },
    })
    editorialId = editorial[0].id

    ann = await registerCustomer(api, setup.publishable_key, { email: "ann@example.com", first_name: "Ann" })
    bob = await registerCustomer(api, setup.publishable_key, { email: "bob@example.com", first_name: "Bob" })
    annId = (await api.get("/store/customers/me", ann)).data.customer.id
  })

  it("makes, lists, renames, describes and deletes a customer's playlists", async () => {
    const made = await create(ann, { name: "  Road Trip  ", description: "Loud songs" })
    expect(made).toMatchObject({
      id: expect.stringMatching(/^pl_/),
      name: "Road Trip",
      description: "Loud songs",
      visibility: "private",
      share_url: null,
      track_count: 0,
      track_ids: [],
    })
    const withTracks = await create(ann, { name: "Starter", track_ids: [tracks[0].id, tracks[1].id], visibility: "public" })
    expect(withTracks).toMatchObject({ visibility: "public", track_count: 2, track_ids: [tracks[0].id, tracks[1].id] })

    // The owner is linked, so the customer's module can tell whose it is.
    const query = getContainer().resolve("query")
    const { data: linked } = await query.graph({ entity: "playlist", fields: ["id", "customer.id"], filters: { id: made.id } })
    expect(linked[0].customer.id).toBe(annId)

    const { data: list } = await api.get(MINE, ann)
    expect(list).toMatchObject({ count: 2, offset: 0, limit: 50 })
    expect(list.playlists.map((p: any) => [p.name, p.track_count])).toEqual([
      ["Starter", 2],
      ["Road Trip", 0],
    ])
    const { data: narrow } = await api.get(`${MINE}?fields=id,name&limit=1`, ann)
    expect(narrow.playlists).toEqual([{ id: withTracks.id, name: "Starter" }])
    expect((await call("get", `${MINE}?fields=*customer`, ann)).status).toBe(400)
    // Bob sees none of Ann's.
    expect((await api.get(MINE, bob)).data).toMatchObject({ playlists: [], count: 0 })

    const renamed = await call("post", `${MINE}/${made.id}`, ann, { name: "Road Trip 2026", description: "" })
    expect(renamed.status).toBe(200)
    expect(renamed.data.playlist).toMatchObject({ name: "Road Trip 2026", description: null })
    const described = await call("post", `${MINE}/${made.id}`, ann, { description: "For the car" })
    expect(described.data.playlist).toMatchObject({ name: "Road Trip 2026", description: "For the car" })
    expect((await call("post", `${MINE}/${made.id}`, ann, {})).status).toBe(400)

    const { data: page } = await api.get(`${MINE}/${withTracks.id}?region_id=${setup.region_id}`, ann)
    expect(page.playlist).toMatchObject({ name: "Starter", count: 2, offset: 0, limit: 100, track_ids: [tracks[0].id, tracks[1].id] })
    expect(page.playlist.tracks.map((e: any) => [e.position, e.available, e.name, e.variant_id, e.price?.amount])).toEqual([
      [0, true, "Song 1", tracks[0].variant_id, 0.99],
      [1, true, "Song 2", tracks[1].variant_id, 0.99],
    ])
    const { data: slim } = await api.get(`${MINE}/${withTracks.id}?fields=id,tracks.name`, ann)
    expect(slim.playlist).toEqual({ id: withTracks.id, tracks: [{ name: "Song 1" }, { name: "Song 2" }], count: 2, offset: 0, limit: 100 })

    const gone = await call("delete", `${MINE}/${made.id}`, ann)
    expect(gone).toMatchObject({ status: 200, data: { id: made.id, object: "playlist", deleted: true } })
    expect((await call("get", `${MINE}/${made.id}`, ann)).status).toBe(404)
    expect((await call("delete", `${MINE}/${made.id}`, ann)).status).toBe(404)
    expect((await api.get(MINE, ann)).data.count).toBe(1)
  })

  it("adds tracks at the end or at a position, removes one and reorders the whole list", async () => {
    const p = await create(ann, { name: "Ordered" })
    const add = (body: object) => call("post", `${MINE}/${p.id}/tracks`, ann, body)
    expect((await add({ track_id: tracks[0].id })).data.playlist.track_ids).toEqual([tracks[0].id])
    expect((await add({ track_ids: [tracks[1].id, tracks[2].id] })).data.playlist.track_ids).toEqual([tracks[0].id, tracks[1].id, tracks[2].id])
    const atTop = await add({ track_id: tracks[3].id, position: 0 })
    expect(atTop.data.playlist).toMatchObject({ track_count: 4, track_ids: [tracks[3].id, tracks[0].id, tracks[1].id, tracks[2].id] })
    const inMiddle = await add({ track_id: tracks[4].id, position: 2 })
    expect(inMiddle.data.playlist.track_ids).toEqual([tracks[3].id, tracks[0].id, tracks[4].id, tracks[1].id, tracks[2].id])

    const removed = await call("delete", `${MINE}/${p.id}/tracks/${tracks[0].id}`, ann)
    expect(removed.status).toBe(200)
    expect(removed.data.playlist.track_ids).toEqual([tracks[3].id, tracks[4].id, tracks[1].id, tracks[2].id])
    expect((await call("delete", `${MINE}/${p.id}/tracks/${tracks[0].id}`, ann)).status).toBe(404)

    const order = [tracks[2].id, tracks[1].id, tracks[4].id, tracks[3].id]
    const reordered = await call("post", `${MINE}/${p.id}/reorder`, ann, { track_ids: order })
    expect(reordered.status).toBe(200)
    expect(reordered.data.playlist.track_ids).toEqual(order)
    expect(await stored(p.id)).toEqual({ tracks: order, positions: [0, 1, 2, 3] })

    // A list that is not the playlist's tracks each once changes nothing.
    const stale = await call("post", `${MINE}/${p.id}/reorder`, ann, { track_ids: order.slice(1) })
    expect(stale.status).toBe(409)
    expect(stale.data.message).toMatch(/track_ids must list each of the playlist's 4 tracks exactly once \(missing: /)
    const extra = await call("post", `${MINE}/${p.id}/reorder`, ann, { track_ids: [...order.slice(1), tracks[9].id] })
    expect(extra.status).toBe(409)
    expect(extra.data.message).toContain(`not in it: ${tracks[9].id}`)
    const twice = await call("post", `${MINE}/${p.id}/reorder`, ann, { track_ids: [order[0], ...order] })
    expect(twice.status).toBe(400)
    expect(twice.data.message).toMatch(/track_ids: names a track more than once/)
    expect(await stored(p.id)).toEqual({ tracks: order, positions: [0, 1, 2, 3] })
  })

  it("refuses what breaks the limits, with errors that say which field and why", async () => {
    const p = await create(ann, { name: "Limits" })
    const bad = async (res: Promise<{ status: number; data: any }>, status: number, message: RegExp) => {
      const { status: got, data } = await res
      expect({ got, message: data.message }).toEqual({ got: status, message: expect.stringMatching(message) })
    }
    await bad(call("post", MINE, ann, { name: "" }), 400, /name: must be 1 to 100 characters/)
    await bad(call("post", MINE, ann, { name: "   " }), 400, /name: must be 1 to 100 characters/)
    await bad(call("post", MINE, ann, { name: "x".repeat(101) }), 400, /name: must be 1 to 100 characters/)
    // 100 characters, each an emoji of two UTF-16 units, is fine.
    expect((await call("post", MINE, ann, { name: "🎵".repeat(100) })).status).toBe(200)
    await bad(call("post", MINE, ann, {}), 400, /name/)
    await bad(call("post", MINE, ann, { name: "ok", owner: "bob" }), 400, /Unrecognized fields: 'owner'/)
    await bad(call("post", MINE, ann, { name: "ok\u0000" }), 400, /name: must be text without NUL bytes/)
    await bad(call("post", MINE, ann, { name: "ok", visibility: "friends" }), 400, /visibility/)
    await bad(call("post", `${MINE}/${p.id}`, ann, { name: "y".repeat(101) }), 400, /name: must be 1 to 100 characters/)
    await bad(call("post", MINE, ann, { name: "ok", track_ids: Array.from({ length: 5001 }, (_, i) => `trk_${i}`) }), 400, /field 'track_ids' too big, expected at most: '5000'/)

    // Unknown tracks, and tracks no longer on sale, are refused by name.
    await bad(call("post", `${MINE}/${p.id}/tracks`, ann, { track_id: "trk_nope" }), 400, /^track_id: no track on sale with id trk_nope/)
    await bad(call("post", `${MINE}/${p.id}/tracks`, ann, { track_ids: [tracks[0].id, hiddenTrack] }), 400, new RegExp(`^track_ids: no track on sale with id ${hiddenTrack}`))
    await bad(call("post", MINE, ann, { name: "ok", track_ids: ["trk_nope"] }), 400, /track_ids: no track on sale/)
    await bad(call("post", `${MINE}/${p.id}/tracks`, ann, { track_id: tracks[0].id, track_ids: [tracks[1].id] }), 400, /either track_id or track_ids/)
    await bad(call("post", `${MINE}/${p.id}/tracks`, ann, { track_id: tracks[0].id, position: -1 }), 400, /position/)
    await bad(call("post", `${MINE}/${p.id}/tracks`, ann, { track_id: tracks[0].id, position: 1 }), 400, /^position: must be between 0 and 0/)
    expect((await call("post", `${MINE}/${p.id}/tracks`, ann, { track_id: tracks[0].id })).status).toBe(200)
    // A track is in a playlist once.
    await bad(call("post", `${MINE}/${p.id}/tracks`, ann, { track_id: tracks[0].id }), 409, /already in this playlist/)
    expect((await api.get(`${MINE}/${p.id}`, ann)).data.playlist.track_ids).toEqual([tracks[0].id])

    // 5,000 tracks at most: fill the playlist to 4,999 entries, then ask for two more.
    await playlists().createPlaylistTracks(
      Array.from({ length: 4998 }, (_, i) => ({ playlist_id: p.id, track_id: `trk_filler_${i}`, position: i + 1 }))
    )
    await bad(call("post", `${MINE}/${p.id}/tracks`, ann, { track_ids: [tracks[1].id, tracks[2].id] }), 400, /a playlist holds at most 5,000 tracks; this one has 4,999 and 2 more would make 5,001/)
    expect((await call("post", `${MINE}/${p.id}/tracks`, ann, { track_id: tracks[1].id })).data.playlist.track_count).toBe(5000)
    await bad(call("post", `${MINE}/${p.id}/tracks`, ann, { track_id: tracks[2].id }), 400, /at most 5,000 tracks/)

    // The owner's page lists entries no longer on sale as unavailable, so that reordering still sees them all.
    const { data } = await api.get(`${MINE}/${p.id}?limit=2&offset=4998`, ann)
    expect(data.playlist).toMatchObject({ count: 5000, offset: 4998, limit: 2, track_count: 5000 })
    expect(data.playlist.track_ids).toHaveLength(5000)
    expect(data.playlist.tracks).toEqual([
      { position: 4998, available: false, id: "trk_filler_4997", name: null },
      expect.objectContaining({ position: 4999, available: true, id: tracks[1].id, name: "Song 2" }),
    ])
    expect((await call("get", `${MINE}/${p.id}?limit=501`, ann)).status).toBe(400)
  })

  it("keeps another customer's playlist out of reach: 404 to read or change, and 401 without a login", async () => {
    const p = await create(ann, { name: "Ann's own", track_ids: [tracks[0].id, tracks[1].id] })
    const routes: [method: "get" | "post" | "delete", path: string, body?: object][] = [
      ["get", `${MINE}/${p.id}`],
      ["post", `${MINE}/${p.id}`, { name: "Mine now" }],
      ["delete", `${MINE}/${p.id}`],
      ["post", `${MINE}/${p.id}/tracks`, { track_id: tracks[2].id }],
      ["delete", `${MINE}/${p.id}/tracks/${tracks[0].id}`],
      ["post", `${MINE}/${p.id}/reorder`, { track_ids: [tracks[1].id, tracks[0].id] }],
      ["post", `${MINE}/${p.id}/share`],
      ["delete", `${MINE}/${p.id}/share`],
    ]
    for (const [method, path, body] of routes) {
      const res = await call(method, path, bob, body)
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 404 })
      expect(res.data.message).toBe(`Playlist with id: ${p.id} was not found`)
    }
    // Editorial playlists are the store's: a customer cannot change them either.
    expect((await call("post", `${MINE}/${editorialId}`, ann, { name: "Ann's picks" })).status).toBe(404)
    expect((await call("post", `${MINE}/${editorialId}/tracks`, ann, { track_id: tracks[0].id })).status).toBe(404)
    expect((await call("post", `${MINE}/pl_does_not_exist/share`, ann)).status).toBe(404)

    const copy = `/store/music/playlists/${editorialId}/copy`
    const cart = `/store/carts/cart_none/playlist-tracks`
    const noLogin: [method: "get" | "post" | "delete", path: string, body?: object][] = [
      ["get", MINE],
      ["post", MINE, { name: "Guest list" }],
      ...routes,
      ["post", copy],
      ["post", `/store/playlists/shared/${"a".repeat(43)}/copy`],
    ]
    for (const [method, path, body] of noLogin) {
      const res = await call(method, path, pk, body)
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 401 })
    }
    // Not the store's routes without the publishable key either.
    expect((await call("get", MINE, { headers: { authorization: ann.headers.authorization } })).status).toBe(400)
    expect((await call("post", cart, pk, { playlist_id: p.id })).status).toBe(404)

    expect(await stored(p.id)).toEqual({ tracks: [tracks[0].id, tracks[1].id], positions: [0, 1] })
    expect((await api.get(`${MINE}/${p.id}`, ann)).data.playlist.name).toBe("Ann's own")
  })

  it("shares a playlist by link, read-only for anyone; the link dies when revoked, and a private playlist is never shown", async () => {
    const p = await create(ann, { name: "Shared Songs", description: "For friends", track_ids: [tracks[3].id, tracks[4].id, tracks[5].id] })
    // Private: no link works, and the store's own playlist routes do not show it.
    expect((await call("get", `/store/music/playlists/${p.id}`, pk)).status).toBe(404)
    expect((await api.get("/store/music/playlists", pk)).data.playlists.map((x: any) => x.id)).not.toContain(p.id)

    const shared = await call("post", `${MINE}/${p.id}/share`, ann)
    expect(shared.status).toBe(200)
    const url: string = shared.data.share_url
    expect(url).toMatch(new RegExp(`^${STOREFRONT}/playlists/shared/[A-Za-z0-9_-]{43}$`))
    expect(shared.data.playlist).toMatchObject({ visibility: "public", share_url: url })
    const token = url.split("/").pop()!
    // Sharing again gives the same link.
    expect((await call("post", `${MINE}/${p.id}/share`, ann)).data.share_url).toBe(url)

    const open = (t: string, query = "") => call("get", `/store/playlists/shared/${t}${query}`, pk)
    const seen = await open(token, `?region_id=${setup.region_id}`)
    expect(seen.status).toBe(200)
    expect(seen.data.playlist).toMatchObject({ id: p.id, name: "Shared Songs", description: "For friends", count: 3, offset: 0, limit: 50 })
    expect(seen.data.playlist.tracks.map((t: any) => [t.position, t.name, t.price.amount])).toEqual([
      [0, "Song 4", 0.99],
      [1, "Song 5", 0.99],
      [2, "Song 6", 0.99],
    ])
    // Nothing about the owner or the link, and read-only: no route changes it by its token.
    expect(Object.keys(seen.data.playlist).sort()).toEqual(["count", "description", "id", "limit", "name", "offset", "tracks"])
    expect((await call("post", `/store/playlists/shared/${token}`, pk, { name: "Hijacked" })).status).toBe(404)
    expect((await open(token, "?fields=id,name")).data.playlist).toEqual({ id: p.id, name: "Shared Songs", count: 3, offset: 0, limit: 50 })
    expect((await open(token, "?fields=*customer")).status).toBe(400)
    expect((await open(token, "?limit=1&offset=1")).data.playlist.tracks.map((t: any) => t.name)).toEqual(["Song 5"])
    // A logged-in stranger sees the same.
    expect((await call("get", `/store/playlists/shared/${token}`, bob)).data.playlist.name).toBe("Shared Songs")

    // Made private: the link stops at once; public again, the same link works.
    await call("post", `${MINE}/${p.id}`, ann, { visibility: "private" })
    expect((await open(token)).status).toBe(404)
    expect((await api.get(`${MINE}/${p.id}`, ann)).data.playlist.share_url).toBeNull()
    await call("post", `${MINE}/${p.id}`, ann, { visibility: "public" })
    expect((await open(token)).status).toBe(200)

    // Revoked: the old link is dead for good, even once shared again.
    const revoked = await call("delete", `${MINE}/${p.id}/share`, ann)
    expect(revoked.status).toBe(200)
    expect(revoked.data.playlist.share_url).toBeNull()
    expect((await open(token)).status).toBe(404)
    const again = await call("post", `${MINE}/${p.id}/share`, ann)
    expect(again.data.share_url).not.toBe(url)
    expect((await open(token)).status).toBe(404)
    expect((await open(again.data.share_url.split("/").pop())).status).toBe(200)

    // Guessing is hopeless and answers like a dead link.
    for (const t of ["x", "a".repeat(43), token.slice(0, 42)]) expect((await open(t)).status).toBe(404)
    // Deleted: its link goes with it.
    await call("delete", `${MINE}/${p.id}`, ann)
    expect((await open(again.data.share_url.split("/").pop())).status).toBe(404)
  })

  it("copies an editorial or a shared playlist into the customer's own", async () => {
    // Editorial playlists (imported) may list a track twice; a customer's copy has it once.
    await playlists().createPlaylistTracks({ playlist_id: editorialId, track_id: tracks[5].id, position: 3 })
    const fromEditorial = await call("post", `/store/music/playlists/${editorialId}/copy`, bob)
    expect(fromEditorial.status).toBe(200)
    // The track no longer on sale is left out, as on the editorial page.
    expect(fromEditorial.data.playlist).toMatchObject({
      name: "Staff Picks",
      description: "Chosen",
      visibility: "private",
      share_url: null,
      track_ids: [tracks[5].id, tracks[2].id],
    })
    expect((await api.get(MINE, bob)).data.playlists.map((p: any) => p.id)).toContain(fromEditorial.data.playlist.id)

    const source = await create(ann, { name: "Ann's Mix", track_ids: [tracks[7].id, tracks[6].id] })
    const { data: share } = await api.post(`${MINE}/${source.id}/share`, {}, ann)
    const token = share.share_url.split("/").pop()
    const copied = await call("post", `/store/playlists/shared/${token}/copy`, bob, { name: "Bob's copy of Ann's Mix" })
    expect(copied.status).toBe(200)
    expect(copied.data.playlist).toMatchObject({ name: "Bob's copy of Ann's Mix", visibility: "private", track_ids: [tracks[7].id, tracks[6].id] })

    // The copy is Bob's own: he changes it, Ann's stays as it was.
    const bobs = copied.data.playlist.id
    await api.post(`${MINE}/${bobs}/reorder`, { track_ids: [tracks[6].id, tracks[7].id] }, bob)
    await api.post(`${MINE}/${bobs}/tracks`, { track_id: tracks[8].id }, bob)
    expect((await api.get(`${MINE}/${source.id}`, ann)).data.playlist.track_ids).toEqual([tracks[7].id, tracks[6].id])
    expect((await call("get", `${MINE}/${bobs}`, ann)).status).toBe(404)

    // Nothing to copy once the link is revoked, nor from a private playlist, nor a customer's playlist by id.
    await api.delete(`${MINE}/${source.id}/share`, ann)
    expect((await call("post", `/store/playlists/shared/${token}/copy`, bob)).status).toBe(404)
    expect((await call("post", `/store/music/playlists/${source.id}/copy`, bob)).status).toBe(404)
    expect((await call("post", `/store/music/playlists/${editorialId}/copy`, bob, { name: "" })).status).toBe(400)
  })

  it("puts the playlist's tracks the customer does not own into the cart in one step", async () => {
    const p = await create(ann, { name: "To Buy", track_ids: [tracks[9].id, tracks[10].id, tracks[11].id, tracks[0].id] })
    const ownership: OwnershipModuleService = getContainer().resolve(OWNERSHIP_MODULE)
    await ownership.createOwnedTracks({
      customer_id: annId,
      track_id: tracks[10].id,
      album_id: "alb_any",
      order_id: "order_playlist_test",
      line_item_id: "line_playlist_test",
      granted_at: new Date(),
    })
    const { data } = await api.post("/store/carts", { region_id: setup.region_id }, ann)
    const cartId = data.cart.id
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: tracks[0].variant_id, quantity: 1 }, ann)

    const res = await call("post", `/store/carts/${cartId}/playlist-tracks`, ann, { playlist_id: p.id })
    expect(res.status).toBe(200)
    expect(res.data).toEqual({
      cart: { id: cartId },
      added: [tracks[9].id, tracks[11].id],
      skipped: { owned: 1, in_cart: 1, not_for_sale: 0 },
    })
    const { data: after } = await api.get(`/store/carts/${cartId}?fields=items.variant_id,items.quantity`, ann)
    expect(after.cart.items.map((i: any) => [i.variant_id, i.quantity]).sort()).toEqual(
      [tracks[0], tracks[9], tracks[11]].map((t) => [t.variant_id, 1]).sort()
    )
    // Again: nothing left to add.
    const again = await call("post", `/store/carts/${cartId}/playlist-tracks`, ann, { playlist_id: p.id })
    expect(again.data).toMatchObject({ added: [], skipped: { owned: 1, in_cart: 3 } })

    // Bob cannot buy from Ann's private playlist by its id, nor fill Ann's cart; a guest cart takes an editorial one.
    const { data: bobCart } = await api.post("/store/carts", { region_id: setup.region_id }, bob)
    expect((await call("post", `/store/carts/${bobCart.cart.id}/playlist-tracks`, bob, { playlist_id: p.id })).status).toBe(404)
    expect((await call("post", `/store/carts/${cartId}/playlist-tracks`, bob, { playlist_id: editorialId })).status).toBe(404)
    expect((await call("post", `/store/carts/${cartId}/playlist-tracks`, pk, { playlist_id: editorialId })).status).toBe(404)
    const { data: guestCart } = await api.post("/store/carts", { region_id: setup.region_id }, pk)
    const guest = await call("post", `/store/carts/${guestCart.cart.id}/playlist-tracks`, pk, { playlist_id: editorialId })
    expect(guest.data).toMatchObject({ added: [tracks[5].id, tracks[2].id], skipped: { not_for_sale: 1 } })
    expect((await call("post", `/store/carts/${guestCart.cart.id}/playlist-tracks`, pk, {})).status).toBe(400)
  })

  it("stays consistent when reorders and adds arrive at once: each entry exactly once, positions 0..n-1", async () => {
    const base = tracks.slice(0, 6).map((t) => t.id)
    const p = await create(ann, { name: "Busy", track_ids: base })
    const url = `${MINE}/${p.id}`

    // Six whole-list reorders at once: each applies in turn, the last one wins whole.
    const orders = Array.from({ length: 6 }, (_, k) => [...base.slice(k), ...base.slice(0, k)])
    const reorders = await Promise.all(orders.map((track_ids) => call("post", `${url}/reorder`, ann, { track_ids })))
    expect(reorders.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200])
    const afterReorders = await stored(p.id)
    expect(orders).toContainEqual(afterReorders.tracks)
    expect(afterReorders.positions).toEqual([0, 1, 2, 3, 4, 5])

    // Adds at once, at the end and at the top, and the same track four times.
    const newcomers = tracks.slice(6, 12).map((t) => t.id)
    const adds = newcomers.map((track_id, i) => call("post", `${url}/tracks`, ann, i % 2 ? { track_id, position: 0 } : { track_id }))
    const same = Array.from({ length: 4 }, () => call("post", `${url}/tracks`, ann, { track_id: newcomers[0] }))
    // And a reorder made from the old list meanwhile: either it went first, or it is refused whole.
    const late = call("post", `${url}/reorder`, ann, { track_ids: [...afterReorders.tracks].reverse() })
    const [added, dupes, lateRes] = await Promise.all([Promise.all(adds), Promise.all(same), late])
    const statuses = [...added, ...dupes].map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(6)
    expect(statuses.filter((s) => s === 409)).toHaveLength(4)
    expect([200, 409]).toContain(lateRes.status)

    const final = await stored(p.id)
    expect(final.positions).toEqual(final.tracks.map((_, i) => i))
    expect([...final.tracks].sort()).toEqual([...base, ...newcomers].sort())
    expect(new Set(final.tracks).size).toBe(12)
    const { data } = await api.get(url, ann)
    expect(data.playlist.track_ids).toEqual(final.tracks)
    expect(data.playlist.tracks.map((t: any) => t.position)).toEqual(final.positions)
  })
}
