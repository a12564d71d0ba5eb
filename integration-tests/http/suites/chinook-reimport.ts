import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import fs from "node:fs"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { importCatalogue } from "../../../data/seed/catalogue"
import { importOrders } from "../../../data/seed/orders"
import { importCustomers, importEmployees } from "../../../data/seed/people"
import { importPlaylists } from "../../../data/seed/playlists"
import { Progress } from "../../../data/seed/progress"
import type { ChinookData } from "../../../data/seed/source"
import { ensureStoreSetup } from "../../../src/lib/store-setup"
import { MUSIC_MODULE } from "../../../src/modules/music"
import { PLAYLISTS_MODULE } from "../../../src/modules/playlists"
import { updateAlbumsWorkflow } from "../../../src/workflows/music/update-albums"
import { updateArtistsWorkflow } from "../../../src/workflows/music/update-artists"
import { updateGenresWorkflow } from "../../../src/workflows/music/update-genres"
import { albumDescription } from "../../../src/workflows/music/utils/album-product"

/**
 * The import's own steps, as runImport calls them, on a slice of Chinook
 * (its first ten albums, the invoices and customers of their tracks and
 * the playlists' entries among them): fast enough to run again and again.
 */
const full: ChinookData = JSON.parse(fs.readFileSync(process.env.CHINOOK_DATA!, "utf8").replace(/^\uFEFF/, ""))
function slice(albums: number[]): ChinookData {
  const Album = full.Album.filter((a) => albums.includes(a.AlbumId))
  const Track = full.Track.filter((t) => albums.includes(t.AlbumId))
  const tracks = new Set(Track.map((t) => t.TrackId))
  const Invoice = full.Invoice.filter((i) =>
    full.InvoiceLine.filter((l) => l.InvoiceId === i.InvoiceId).every((l) => tracks.has(l.TrackId))
  )
  const invoices = new Set(Invoice.map((i) => i.InvoiceId))
  const customers = new Set(Invoice.map((i) => i.CustomerId))
  return {
    ...full,
    Artist: full.Artist.filter((a) => Album.some((al) => al.ArtistId === a.ArtistId)),
    Album,
    Track,
    Customer: full.Customer.filter((c) => customers.has(c.CustomerId)),
    Invoice,
    InvoiceLine: full.InvoiceLine.filter((l) => invoices.has(l.InvoiceId)),
    PlaylistTrack: full.PlaylistTrack.filter((pt) => tracks.has(pt.TrackId)),
  }
}

async function runImportOf(container: MedusaContainer, data: ChinookData) {
  const setup = await ensureStoreSetup(container)
  const progress = new Progress(() => {})
  await importCatalogue(container, data, progress, () => {})
  await importEmployees(container, data, progress)
  await importCustomers(container, data, progress)
  await importPlaylists(container, data, progress)
  await importOrders(container, data, setup, progress)
  return progress
}

const ALBUMS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

export default function chinookReimportSuite({ getContainer }: MedusaSuiteOptions) {
  const data = slice(ALBUMS)
  // The first run lacks album 9 and album 1's last track, as if Chinook gained them later.
  const lastOfAlbum1 = Math.max(...data.Track.filter((t) => t.AlbumId === 1).map((t) => t.TrackId))
  const first: ChinookData = {
    ...data,
    Album: data.Album.filter((a) => a.AlbumId !== 9),
    Track: data.Track.filter((t) => t.AlbumId !== 9 && t.TrackId !== lastOfAlbum1),
  }
  const inFirst = new Set(first.Track.map((t) => t.TrackId))
  first.PlaylistTrack = data.PlaylistTrack.filter((pt) => inFirst.has(pt.TrackId))
  first.Invoice = data.Invoice.filter((i) => data.InvoiceLine.filter((l) => l.InvoiceId === i.InvoiceId).every((l) => inFirst.has(l.TrackId)))
  first.InvoiceLine = data.InvoiceLine.filter((l) => first.Invoice.some((i) => i.InvoiceId === l.InvoiceId))
  first.Customer = data.Customer.filter((c) => first.Invoice.some((i) => i.CustomerId === c.CustomerId))

  // Each test starts from the database as this first run leaves it.
  beforeAll(async () => {
    await runImportOf(getContainer(), first)
  })

  /** Every id a re-run must keep, by Chinook key. */
  async function identity(c: MedusaContainer) {
    const query = c.resolve(ContainerRegistrationKeys.QUERY)
    const { data: albums } = await query.graph({
      entity: "album",
      fields: ["id", "chinook_id", "product.id", "product.variants.id", "tracks.id", "tracks.chinook_id", "tracks.product_variant.id"],
    })
    const { data: orders } = await query.graph({ entity: "order", fields: ["id", "metadata", "items.id", "items.variant_id"] })
    return {
      albums: Object.fromEntries(albums.map((a: any) => [a.chinook_id, a.id])),
      products: Object.fromEntries(albums.map((a: any) => [a.chinook_id, a.product?.id ?? null])),
      variants: Object.fromEntries(albums.map((a: any) => [a.chinook_id, (a.product?.variants ?? []).map((v: any) => v.id).sort()])),
      tracks: Object.fromEntries(albums.flatMap((a: any) => a.tracks.map((t: any) => [t.chinook_id, t.id]))),
      trackVariants: Object.fromEntries(albums.flatMap((a: any) => a.tracks.map((t: any) => [t.chinook_id, t.product_variant?.id ?? null]))),
      orders: Object.fromEntries(orders.map((o: any) => [o.metadata.chinook_invoice_id, o.id])),
      lines: Object.fromEntries(orders.map((o: any) => [o.metadata.chinook_invoice_id, o.items.map((i: any) => `${i.id}:${i.variant_id}`).sort()])),
    }
  }

  it("re-runs without deleting or recreating anything staff or customers touched, and finishes what a stopped run left", async () => {
    const c = getContainer()
    const query = c.resolve(ContainerRegistrationKeys.QUERY)
    const link = c.resolve(ContainerRegistrationKeys.LINK)
    const music = c.resolve(MUSIC_MODULE) as any
    const playlists = c.resolve(PLAYLISTS_MODULE) as any

    const before = await identity(c)

    // (a) Staff delete the product of an album that has sales.
    const soldTracks = new Set(first.InvoiceLine.map((l) => l.TrackId))
    const sold = first.Album.find((a) => a.AlbumId !== 1 && first.Track.some((t) => t.AlbumId === a.AlbumId && soldTracks.has(t.TrackId)))!
    await deleteProductsWorkflow(c).run({ input: { ids: [before.products[sold.AlbumId]] } })

    // (b) An editorial playlist loses an entry and gains one Chinook does not have.
    const [editorial] = await playlists.listPlaylists({ chinook_id: 1 }, { relations: ["tracks"] })
    const entries = [...editorial.tracks].sort((x: any, y: any) => x.position - y.position)
    expect(entries.length).toBeGreaterThan(3)
    await playlists.deletePlaylistTracks([entries[1].id])
    await playlists.createPlaylistTracks([{ playlist_id: editorial.id, track_id: entries[0].track_id, position: entries.length }])

    // (c) A customer's own playlist, with the same tracks in another order.
    const [customer] = await c.resolve(Modules.CUSTOMER).listCustomers({ has_account: true }, { take: 1 })
    const [mine] = await playlists.createPlaylists([{ name: "Mine", editorial: false, visibility: "private" }])
    await playlists.createPlaylistTracks(entries.slice(0, 3).reverse().map((e: any, position: number) => ({ playlist_id: mine.id, track_id: e.track_id, position })))
    await link.create({ [PLAYLISTS_MODULE]: { playlist_id: mine.id }, [Modules.CUSTOMER]: { customer_id: customer.id } })
    const mineBefore = await playlists.listPlaylistTracks({ playlist_id: mine.id }, { select: ["id", "track_id", "position"] })

    // What a stopped run leaves: album 3's product made but not linked, an order
    // not yet paid, and album 9 made (with two tracks) but never put on sale.
    await link.dismiss({ [MUSIC_MODULE]: { album_id: before.albums[3] }, [Modules.PRODUCT]: { product_id: before.products[3] } })
    const unpaidInvoice = first.Invoice[0].InvoiceId
    const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "payment_collections.id"], filters: { id: before.orders[unpaidInvoice] } })
    await link.dismiss({ [Modules.ORDER]: { order_id: order!.id }, [Modules.PAYMENT]: { payment_collection_id: order!.payment_collections![0]!.id } })
    const album9 = data.Album.find((a) => a.AlbumId === 9)!
    const [artist9] = await music.listArtists({ chinook_id: album9.ArtistId })
    const [half] = await music.createAlbums([{ chinook_id: 9, title: album9.Title, artist_id: artist9.id }])
    const tracks9 = data.Track.filter((t) => t.AlbumId === 9)
    await music.createTracks(tracks9.slice(0, 2).map((t, n) => ({
      chinook_id: t.TrackId, name: t.Name, milliseconds: t.Milliseconds, unit_price: t.UnitPrice, track_number: n + 1, album_id: half.id,
    })))

    // A customer changed their email: still the same Chinook customer.
    const chinookCustomer = await c.resolve(Modules.CUSTOMER).listCustomers({ has_account: true }, { select: ["id", "metadata"] })
    await c.resolve(Modules.CUSTOMER).updateCustomers(chinookCustomer[0].id, { email: "moved@example.com" })

    const again = await runImportOf(c, data)
    const after = await identity(c)

    // Same ids for everything that existed; the deleted product stays deleted.
    for (const [key, id] of Object.entries(before.albums)) expect(after.albums[key]).toBe(id)
    for (const [key, id] of Object.entries(before.tracks)) expect(after.tracks[key]).toBe(id)
    for (const [key, id] of Object.entries(before.products)) expect(after.products[key]).toBe(Number(key) === sold.AlbumId ? null : id)
    for (const [key, ids] of Object.entries(before.variants) as [string, string[]][]) {
      if (Number(key) === sold.AlbumId) continue
      // Album 1 gains one variant, for its new track.
      expect(after.variants[key].filter((v: string) => ids.includes(v))).toEqual(ids)
      expect(after.variants[key]).toHaveLength(ids.length + (key === "1" ? 1 : 0))
    }
    for (const [key, id] of Object.entries(before.orders)) expect(after.orders[key]).toBe(id)
    for (const [key, lines] of Object.entries(before.lines)) expect(after.lines[key]).toEqual(lines)

    // The album whose product staff deleted is reported, not put back on sale; its sales stay.
    const albums = again.results.find((r) => r.entity === "albums")!
    expect(albums.left_alone).toEqual([expect.objectContaining({ key: expect.stringContaining(`${sold.AlbumId} (`), reason: expect.stringContaining("product was deleted by staff") })])
    const soldLines = first.InvoiceLine.filter((l) => first.Track.some((t) => t.AlbumId === sold.AlbumId && t.TrackId === l.TrackId))
    expect(soldLines.length).toBeGreaterThan(0)
    for (const l of soldLines) {
      expect(after.lines[l.InvoiceId]).toContain(before.lines[l.InvoiceId].find((x: string) => x.endsWith(`:${before.trackVariants[l.TrackId]}`)))
    }

    // What the stopped run left is finished: album 3 linked again, the order
    // paid, album 9 on sale with all its tracks (the two made first kept).
    expect(after.products[3]).toBe(before.products[3])
    expect(Object.values(after.trackVariants).filter((v) => v === null)).toHaveLength(data.Track.filter((t) => t.AlbumId === sold.AlbumId).length)
    const { data: [paid] } = await query.graph({ entity: "order", fields: ["payment_collections.id", "payment_collections.status"], filters: { id: before.orders[unpaidInvoice] } })
    expect(paid!.payment_collections).toHaveLength(1)
    const { data: [sold9] } = await query.graph({ entity: "album", fields: ["id", "product.id", "product.variants.id", "tracks.id", "tracks.chinook_id"], filters: { chinook_id: 9 } })
    expect(sold9!.id).toBe(half.id)
    expect(sold9!.tracks).toHaveLength(tracks9.length)
    expect(sold9!.product!.variants).toHaveLength(tracks9.length + 1)
    // The store shows album 9 now, and hides the album whose product is gone.
    const [shown9, hidden] = await Promise.all([9, sold.AlbumId].map(async (k) => (await music.listAlbums({ chinook_id: k }, { select: ["sales_channel_ids"] }))[0]))
    expect(shown9.sales_channel_ids).toHaveLength(1)
    expect(hidden.sales_channel_ids).toEqual([])
    // Album 1's new track is on sale as a new variant of the same product.
    expect(after.trackVariants[lastOfAlbum1]).toBeTruthy()

    // (b) The editorial playlist holds exactly Chinook's tracks, in Chinook's order.
    const expected = data.PlaylistTrack.filter((pt) => pt.PlaylistId === 1).map((pt) => after.tracks[pt.TrackId])
    const now = await playlists.listPlaylistTracks({ playlist_id: editorial.id }, { select: ["id", "track_id", "position"], take: null })
    expect(now.sort((x: any, y: any) => x.position - y.position).map((e: any) => e.track_id)).toEqual(expected)
    // Entries that stayed kept their ids.
    const keptIds = entries.filter((_: any, i: number) => i !== 1).map((e: any) => e.id)
    expect(now.map((e: any) => e.id)).toEqual(expect.arrayContaining(keptIds))
    // (c) The customer's playlist is untouched.
    expect(await playlists.listPlaylistTracks({ playlist_id: mine.id }, { select: ["id", "track_id", "position"] })).toEqual(mineBefore)

    // No duplicate customer for the one who changed their email.
    const [, customers] = await c.resolve(Modules.CUSTOMER).listAndCountCustomers({ has_account: true })
    expect(customers).toBe(data.Customer.length)

    // Playlist 1 and every playlist that holds one of the new tracks are completed.
    const newTracks = new Set([...tracks9.map((t) => t.TrackId), lastOfAlbum1])
    const completedPlaylists = new Set([1, ...data.PlaylistTrack.filter((pt) => newTracks.has(pt.TrackId)).map((pt) => pt.PlaylistId)])
    const counts = Object.fromEntries(again.results.map((r) => [r.entity, [r.created, r.updated]]))
    expect(counts).toMatchObject({ albums: [0, 2], tracks: [tracks9.length - 2 + 1, 0], playlists: [0, completedPlaylists.size], orders: [data.Invoice.length - first.Invoice.length, 1], customers: [data.Customer.length - first.Customer.length, 0] })

    // A third run finds nothing to do, and reports the same album left alone.
    const third = await runImportOf(c, data)
    expect(third.results.filter((r) => r.created || r.updated).map((r) => r.entity)).toEqual([])
    expect(third.results.find((r) => r.entity === "albums")!.left_alone).toHaveLength(1)
  })

  it("gives every album product its cover image, a description, its artist's collection and its genres' categories", async () => {
    const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const { data: albums } = await query.graph({
      entity: "album",
      fields: [
        "title", "cover_url", "artist.name", "artist.product_collection.handle", "tracks.milliseconds", "tracks.genre.name",
        "product.description", "product.thumbnail", "product.images.url", "product.collection.title", "product.categories.name",
      ],
      filters: { chinook_id: [1, 4, 7] },
    })
    expect(albums).toHaveLength(3)
    for (const a of albums as any[]) {
      expect(a.product.thumbnail).toBe(a.cover_url)
      expect(a.product.images.map((i: any) => i.url)).toEqual([a.cover_url])
      expect(a.product.description).toBe(albumDescription(a))
      expect(a.product.collection.title).toBe(a.artist.name)
      expect(a.product.categories.map((c: any) => c.name).sort()).toEqual([...new Set(a.tracks.map((t: any) => t.genre.name))].sort())
    }
    const acdc = (albums as any[]).find((a) => a.artist.name === "AC/DC")
    expect(acdc.artist.product_collection.handle).toBe("ac-dc")
    expect(acdc.product.description).toMatch(/^An album by AC\/DC: \d+ tracks, \d+ min \d+ s\.$/)
  })

  it("fills in the details that products made by an older import lack, keeping what staff wrote", async () => {
    const c = getContainer()
    const query = c.resolve(ContainerRegistrationKeys.QUERY)
    const product = c.resolve(Modules.PRODUCT)
    const { data: [a5] } = await query.graph({ entity: "album", fields: ["product.id"], filters: { chinook_id: 5 } })
    const { data: [a6] } = await query.graph({ entity: "album", fields: ["product.id"], filters: { chinook_id: 6 } })
    // An older import's product: no images, description, collection or categories.
    await product.updateProducts(a5!.product!.id, { images: [], description: null, collection_id: null, category_ids: [] } as any)
    await product.updateProducts(a6!.product!.id, { description: "Staff wrote this." })
    const progress = await runImportOf(c, first)
    expect(progress.results.find((r) => r.entity === "product details")).toMatchObject({ created: 1 })
    const [p5] = await product.listProducts({ id: a5!.product!.id }, { relations: ["images", "categories"] })
    expect(p5.images).toHaveLength(1)
    expect(p5.description).toMatch(/^An album by /)
    expect(p5.collection_id).toBeTruthy()
    expect(p5.categories!.length).toBeGreaterThan(0)
    const [p6] = await product.listProducts({ id: a6!.product!.id })
    expect(p6.description).toBe("Staff wrote this.")
  })

  it("renames artists, albums and genres together with their products, collections and categories", async () => {
    const c = getContainer()
    const query = c.resolve(ContainerRegistrationKeys.QUERY)
    const product = c.resolve(Modules.PRODUCT)
    const fields = ["id", "title", "artist.id", "artist.name", "product.id", "product.title", "product.subtitle", "product.description", "product.collection.title", "tracks.genre.id", "tracks.genre.name", "product.categories.name"]
    const { data: [album] } = await query.graph({ entity: "album", fields, filters: { chinook_id: 1 } })
    const { data: [other] } = await query.graph({ entity: "album", fields, filters: { chinook_id: 4 } }) // also AC/DC
    expect(other!.artist!.id).toBe(album!.artist!.id)
    await product.updateProducts(other!.product!.id, { description: "Hand-written by staff." })

    await updateArtistsWorkflow(c).run({ input: { artists: [{ id: album!.artist!.id, name: "ACDC Renamed" }] } })
    await updateAlbumsWorkflow(c).run({ input: { albums: [{ id: album!.id, title: "Rock Salute" }] } })
    const genre = (album as any).tracks[0].genre
    await updateGenresWorkflow(c).run({ input: { genres: [{ id: genre.id, name: "Rock Music" }] } })

    const { data: [renamed] } = await query.graph({ entity: "album", fields, filters: { chinook_id: 1 } })
    expect(renamed).toMatchObject({
      title: "Rock Salute",
      artist: { name: "ACDC Renamed" },
      product: { title: "Rock Salute", subtitle: "ACDC Renamed", collection: { title: "ACDC Renamed" } },
    })
    expect((renamed as any).product.description).toMatch(/^An album by ACDC Renamed: 9 tracks/)
    expect((renamed as any).product.categories.map((x: any) => x.name)).toContain("Rock Music")
    const { data: [kept] } = await query.graph({ entity: "album", fields, filters: { chinook_id: 4 } })
    expect(kept).toMatchObject({ product: { subtitle: "ACDC Renamed", description: "Hand-written by staff." } })

    // A failing edit changes nothing: an unknown id fails before any write.
    await expect(updateArtistsWorkflow(c).run({ input: { artists: [{ id: album!.artist!.id, name: "X" }, { id: "art_missing", name: "Y" }] } })).rejects.toMatchObject({ message: "id: no artist with id art_missing" })
    const { data: [still] } = await query.graph({ entity: "album", fields, filters: { chinook_id: 1 } })
    expect((still as any).artist.name).toBe("ACDC Renamed")
  })
}
