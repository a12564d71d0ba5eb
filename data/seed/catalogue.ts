import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createLinksWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { MUSIC_MODULE } from "../../src/modules/music"
import type MusicModuleService from "../../src/modules/music/service"
import { addAlbumTracksWorkflow } from "../../src/workflows/music/add-album-tracks"
import { createAlbumsWorkflow } from "../../src/workflows/music/create-albums"
import { createMusicTaxonomyWorkflow } from "../../src/workflows/music/create-music-taxonomy"
import { createReferenceRecordsWorkflow } from "../../src/workflows/music/create-reference-records"
import { sellAlbumsWorkflow } from "../../src/workflows/music/sell-albums"
import { syncCatalogueVisibilityWorkflow } from "../../src/workflows/music/sync-catalogue-visibility"
import type { TrackInput } from "../../src/workflows/music/steps/create-albums"
import { albumDescription, slug } from "../../src/workflows/music/utils/album-product"
import type { LeftAlone, Progress } from "./progress"
import type { ChinookData } from "./source"

const ALBUM_BATCH = 50
const PRODUCT_UPDATE_BATCH = 100

type Keyed = { id: string; chinook_id: number | null; deleted_at?: Date | string | null }

/**
 * The import matches every record by its Chinook key. A key whose record
 * was soft-deleted was deleted by staff: it is left alone, never recreated.
 */
function byChinookKey(rows: Keyed[]) {
  const live = new Map<number, string>()
  const deleted = new Set<number>()
  for (const r of rows) {
    if (r.chinook_id == null) continue
    if (r.deleted_at) deleted.add(r.chinook_id)
    else live.set(r.chinook_id, r.id)
  }
  for (const k of live.keys()) deleted.delete(k)
  return { live, deleted }
}

const withDeleted = { select: ["id", "chinook_id", "deleted_at"], withDeleted: true, take: null } as any
const deletedByStaff = (what: string) => `${what} was deleted by staff; not recreated`

export async function importCatalogue(container: MedusaContainer, data: ChinookData, progress: Progress, log: (m: string) => void) {
  const music: MusicModuleService = container.resolve(MUSIC_MODULE)

  const reference = async <T extends { chinook_id: number; name: string }>(
    entity: string,
    key: "genres" | "media_types" | "artists",
    rows: T[],
    list: (f: any, c: any) => Promise<any[]>
  ) => {
    let ids = byChinookKey(await list({ chinook_id: { $ne: null } }, withDeleted))
    await progress.entity(entity, async (tick) => {
      const missing = rows.filter((r) => !ids.live.has(r.chinook_id) && !ids.deleted.has(r.chinook_id))
      if (missing.length) {
        await createReferenceRecordsWorkflow(container).run({ input: { [key]: missing } })
      }
      tick(rows.length, rows.length)
      const left_alone = rows
        .filter((r) => ids.deleted.has(r.chinook_id))
        .map((r) => ({ key: `${r.chinook_id} (${r.name})`, reason: deletedByStaff(entity.replace(/s$/, "")) }))
      return { created: missing.length, unchanged: rows.length - missing.length - left_alone.length, left_alone }
    })
    ids = byChinookKey(await list({ chinook_id: { $ne: null } }, withDeleted))
    return ids.live
  }

  const genres = await reference(
    "genres", "genres",
    data.Genre.map((g) => ({ chinook_id: g.GenreId, name: g.Name })),
    (f, c) => music.listGenres(f, c)
  )
  const mediaTypes = await reference(
    "media types", "media_types",
    data.MediaType.map((m) => ({ chinook_id: m.MediaTypeId, name: m.Name })),
    (f, c) => music.listMediaTypes(f, c)
  )
  const artists = await reference(
    "artists", "artists",
    data.Artist.map((a) => ({ chinook_id: a.ArtistId, name: a.Name })),
    (f, c) => music.listArtists(f, c)
  )

  await importTaxonomy(container, progress)
  await importAlbums(container, data, progress, { genres, mediaTypes, artists })
  await fillProductDetails(container, progress)
  // New products raise no event the store's visibility model follows: sync
  // every album once, which also leaves a deleted product's album hidden.
  await syncCatalogueVisibilityWorkflow(container).run({ input: {} })
}

/**
 * Medusa's own ways to browse: a collection per artist and a product
 * category per genre. One that staff deleted is not made again.
 */
async function importTaxonomy(container: MedusaContainer, progress: Progress) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const product = container.resolve(Modules.PRODUCT)

  const plan = async <K extends "artist" | "genre">(kind: K) => {
    const linkField = kind === "artist" ? "product_collection" : "product_category"
    const { data: rows } = await query.graph({
      entity: kind as string,
      fields: ["id", "name", `${linkField}.id`],
      filters: { chinook_id: { $ne: null } },
    })
    const existing: { handle: string; metadata?: Record<string, unknown> | null }[] =
      kind === "artist"
        ? await product.listProductCollections({}, { select: ["handle", "metadata"], withDeleted: true, take: null })
        : await product.listProductCategories({}, { select: ["handle", "metadata"], withDeleted: true, take: null })
    const key = `${kind}_id`
    const once = new Set(existing.map((e) => e.metadata?.[key]).filter(Boolean))
    const handles = new Set(existing.map((e) => e.handle))
    const todo: { id: string; name: string; handle: string }[] = []
    const left_alone: LeftAlone[] = []
    let unchanged = 0
    for (const r of rows as any[]) {
      if (r[linkField]?.id) {
        unchanged++
      } else if (once.has(r.id)) {
        left_alone.push({ key: r.name, reason: `its ${kind === "artist" ? "collection" : "category"} was deleted by staff; not recreated` })
      } else {
        let handle = slug(r.name) || kind
        if (handles.has(handle)) handle = `${handle}-${r.id.slice(-6).toLowerCase()}`
        handles.add(handle)
        todo.push({ id: r.id, name: r.name, handle })
      }
    }
    return { todo, counts: { created: todo.length, unchanged, left_alone } }
  }

  const t0 = Date.now()
  const artists = await plan("artist")
  const genres = await plan("genre")
  if (artists.todo.length || genres.todo.length) {
    await createMusicTaxonomyWorkflow(container).run({ input: { artists: artists.todo, genres: genres.todo } })
  }
  const seconds = (Date.now() - t0) / 1000
  progress.record("collections", artists.counts, seconds)
  progress.record("categories", genres.counts, 0)
}

type ReferenceIds = { genres: Map<number, string>; mediaTypes: Map<number, string>; artists: Map<number, string> }

/**
 * Albums and tracks, matched by Chinook key. Only what was never made is
 * created; what a stopped run half-made is completed (a product made but
 * not linked is linked, an album left without product gets one); what
 * staff deleted (an album, a track, an album's product) is left alone and
 * reported, never deleted or recreated.
 */
async function importAlbums(container: MedusaContainer, data: ChinookData, progress: Progress, ref: ReferenceIds) {
  const music: MusicModuleService = container.resolve(MUSIC_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const product = container.resolve(Modules.PRODUCT)

  const tracksByAlbum = new Map<number, ChinookData["Track"]>()
  for (const t of data.Track) {
    const list = tracksByAlbum.get(t.AlbumId) ?? []
    list.push(t)
    tracksByAlbum.set(t.AlbumId, list)
  }
  // Chinook track ids follow the album's running order.
  for (const list of tracksByAlbum.values()) list.sort((x, y) => x.TrackId - y.TrackId)
  const trackInput = (t: ChinookData["Track"][number], n: number): TrackInput & { track_number: number } => ({
    chinook_id: t.TrackId,
    name: t.Name,
    composer: t.Composer,
    milliseconds: t.Milliseconds,
    bytes: t.Bytes,
    unit_price: t.UnitPrice,
    track_number: n + 1,
    genre_id: t.GenreId == null ? null : ref.genres.get(t.GenreId) ?? null,
    media_type_id: ref.mediaTypes.get(t.MediaTypeId) ?? null,
  })

  const albumKeys = byChinookKey(await music.listAlbums({ chinook_id: { $ne: null } }, withDeleted))
  const trackKeys = byChinookKey(await music.listTracks({ chinook_id: { $ne: null } }, withDeleted))
  const { data: live } = albumKeys.live.size
    ? await query.graph({
        entity: "album",
        fields: ["id", "chinook_id", "product.id", "tracks.id", "tracks.chinook_id", "tracks.product_variant.id"],
        filters: { id: [...albumKeys.live.values()] },
      })
    : { data: [] as any[] }
  const liveByKey = new Map<number, any>((live as any[]).map((a) => [a.chinook_id as number, a]))

  // Products and variants are found by SKU (a variant's SKU is its track's
  // or, for the full album, its album's id), deleted ones included: a
  // deleted one means staff removed it.
  const skus = [
    ...live.filter((a: any) => !a.product?.id).map((a: any) => a.id),
    ...live.filter((a: any) => a.product?.id).flatMap((a: any) => (a.tracks ?? []).filter((t: any) => !t.product_variant?.id).map((t: any) => t.id)),
  ]
  const variants = skus.length
    ? await product.listProductVariants({ sku: skus }, { select: ["id", "sku", "product_id", "deleted_at"], withDeleted: true, take: null })
    : []
  const variantBySku = new Map(variants.map((v) => [v.sku, v]))

  const toCreate: typeof data.Album = []
  const toSell: { id: string; tracks: TrackInput[] }[] = []
  const toLink: Record<string, Record<string, string>>[] = []
  const toAddTracks: { album_id: string; product_id: string; tracks: (TrackInput & { track_number: number })[] }[] = []
  const albumsLeft: LeftAlone[] = []
  const tracksLeft: LeftAlone[] = []
  // Tracks of an album whose product is linked below: their variants are linked too.
  const pendingTrackLinks = new Set<string>()
  let completed = 0
  let tracksCreated = 0

  for (const a of data.Album) {
    const chinookTracks = tracksByAlbum.get(a.AlbumId) ?? []
    const album: any = liveByKey.get(a.AlbumId)
    const label = `${a.AlbumId} (${a.Title})`
    if (!album) {
      if (albumKeys.deleted.has(a.AlbumId)) albumsLeft.push({ key: label, reason: deletedByStaff("album") })
      else toCreate.push(a)
      continue
    }
    const have = new Map((album.tracks ?? []).map((t: any) => [t.chinook_id, t]))
    const neverMade = chinookTracks
      .map((t, n) => ({ t, n }))
      .filter(({ t }) => !have.has(t.TrackId) && !trackKeys.deleted.has(t.TrackId) && !trackKeys.live.has(t.TrackId))
    for (const t of chinookTracks) {
      if (!have.has(t.TrackId) && trackKeys.deleted.has(t.TrackId)) {
        tracksLeft.push({ key: `${t.TrackId} (${t.Name})`, reason: deletedByStaff("track") })
      }
    }

    if (!album.product?.id) {
      const full = variantBySku.get(album.id)
      if (full && !full.deleted_at) {
        // Made by a stopped run but never linked: link it.
        toLink.push({ [MUSIC_MODULE]: { album_id: album.id }, [Modules.PRODUCT]: { product_id: full.product_id! } })
        for (const t of album.tracks ?? []) {
          if (!t.product_variant?.id) pendingTrackLinks.add(t.id)
        }
        completed++
      } else if (full) {
        albumsLeft.push({ key: label, reason: "its product was deleted by staff; album and tracks kept, not put on sale again" })
      } else {
        // A stopped run made the album but not its product: finish it.
        toSell.push({ id: album.id, tracks: neverMade.map(({ t, n }) => trackInput(t, n)) })
        tracksCreated += neverMade.length
        completed++
      }
      continue
    }

    for (const t of album.tracks ?? []) {
      if (t.product_variant?.id) continue
      const v = variantBySku.get(t.id)
      if (v && !v.deleted_at) {
        toLink.push({ [MUSIC_MODULE]: { track_id: t.id }, [Modules.PRODUCT]: { product_variant_id: v.id } })
      } else {
        tracksLeft.push({ key: `${t.chinook_id}`, reason: v ? "its variant was deleted by staff; not put on sale again" : "has no variant to sell it" })
      }
    }
    if (neverMade.length) {
      toAddTracks.push({ album_id: album.id, product_id: album.product.id, tracks: neverMade.map(({ t, n }) => trackInput(t, n)) })
      tracksCreated += neverMade.length
    }
  }

  // Variants of a product linked above: found now by their track ids.
  const pending = [...pendingTrackLinks]
  if (pending.length) {
    const found = await product.listProductVariants({ sku: pending }, { select: ["id", "sku"], take: null })
    for (const v of found) {
      toLink.push({ [MUSIC_MODULE]: { track_id: v.sku! }, [Modules.PRODUCT]: { product_variant_id: v.id } })
    }
  }

  await progress.entity("albums", async (tick) => {
    if (toLink.length) {
      await createLinksWorkflow(container).run({ input: toLink as any })
    }
    if (toSell.length) {
      await sellAlbumsWorkflow(container).run({ input: { albums: toSell } })
    }
    for (const add of toAddTracks) {
      await addAlbumTracksWorkflow(container).run({ input: add })
    }
    for (let i = 0; i < toCreate.length; i += ALBUM_BATCH) {
      const batch = toCreate.slice(i, i + ALBUM_BATCH)
      const albums = batch.map((a) => {
        const artistId = ref.artists.get(a.ArtistId)
        if (!artistId) {
          throw new Error(`Album ${a.AlbumId} ("${a.Title}"): its artist ${a.ArtistId} is not in the store.`)
        }
        return { chinook_id: a.AlbumId, title: a.Title, artist_id: artistId, tracks: (tracksByAlbum.get(a.AlbumId) ?? []).map(trackInput) }
      })
      await createAlbumsWorkflow(container).run({ input: { albums } })
      tracksCreated += albums.reduce((n, a) => n + a.tracks.length, 0)
      tick(data.Album.length - toCreate.length + i + batch.length, data.Album.length)
    }
    return {
      created: toCreate.length,
      updated: completed,
      unchanged: data.Album.length - toCreate.length - completed - albumsLeft.length,
      left_alone: albumsLeft,
    }
  })
  progress.record("tracks", {
    created: tracksCreated,
    unchanged: data.Track.length - tracksCreated - tracksLeft.length,
    left_alone: tracksLeft,
  })
  if (tracksCreated) {
    // Searches right after the import must already use the search indexes.
    await music.analyzeCatalogue()
  }
}

/**
 * Products made before they carried everything a Medusa client shows get
 * what they lack: the cover among their images, a description, their
 * artist's collection, their genres' categories. What staff set is kept.
 */
async function fillProductDetails(container: MedusaContainer, progress: Progress) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const t0 = Date.now()
  const { data: albums } = await query.graph({
    entity: "album",
    fields: [
      "id", "cover_url", "artist.name", "artist.product_collection.id",
      "tracks.milliseconds", "tracks.genre.product_category.id",
      "product.id", "product.description", "product.thumbnail", "product.images.id", "product.collection_id", "product.categories.id",
    ],
    filters: { chinook_id: { $ne: null } },
  })
  const updates: any[] = []
  for (const a of albums as any[]) {
    const p = a.product
    if (!p?.id) continue
    const change: any = { id: p.id }
    const cover = p.thumbnail ?? a.cover_url
    if (!p.thumbnail && a.cover_url) change.thumbnail = a.cover_url
    if (!p.images?.length && cover) change.images = [{ url: cover }]
    if (p.description == null) change.description = albumDescription({ artist: a.artist, tracks: a.tracks ?? [] })
    if (!p.collection_id && a.artist?.product_collection?.id) change.collection_id = a.artist.product_collection.id
    const categories = [...new Set((a.tracks ?? []).map((t: any) => t.genre?.product_category?.id).filter(Boolean))]
    if (!p.categories?.length && categories.length) change.category_ids = categories
    if (Object.keys(change).length > 1) updates.push(change)
  }
  for (let i = 0; i < updates.length; i += PRODUCT_UPDATE_BATCH) {
    await updateProductsWorkflow(container).run({ input: { products: updates.slice(i, i + PRODUCT_UPDATE_BATCH) } })
  }
  if (updates.length) {
    progress.record("product details", { created: updates.length, unchanged: albums.length - updates.length }, (Date.now() - t0) / 1000)
  }
}
