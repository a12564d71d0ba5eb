import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { MUSIC_MODULE } from "../../src/modules/music"
import type MusicModuleService from "../../src/modules/music/service"
import { createAlbumsWorkflow } from "../../src/workflows/music/create-albums"
import { createReferenceRecordsWorkflow } from "../../src/workflows/music/create-reference-records"
import type { Progress } from "./progress"
import type { ChinookData } from "./source"

const ALBUM_BATCH = 50

/** chinook_id → our id, for records already in the database. */
async function existingIds(list: (filters: any, config: any) => Promise<{ id: string; chinook_id: number | null }[]>) {
  const rows = await list({ chinook_id: { $ne: null } }, { select: ["id", "chinook_id"], take: null })
  return new Map(rows.map((r) => [r.chinook_id as number, r.id]))
}

/**
 * A run killed inside an album batch can leave albums whose product was never
 * made, or products never linked to their album (the workflow's compensation
 * did not get to run). Remove both so the batch is imported again whole.
 */
async function removeHalfImportedAlbums(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const music: MusicModuleService = container.resolve(MUSIC_MODULE)
  const { data: albums } = await query.graph({ entity: "album", fields: ["id", "product.id"] })
  const unsold = albums.filter((a: any) => !a.product?.id).map((a: any) => a.id)
  if (unsold.length) {
    await music.deleteAlbums(unsold)
  }
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "metadata", "album.id"] })
  const unlinked = products.filter((p: any) => p.metadata?.album_id && !p.album?.id).map((p: any) => p.id)
  if (unlinked.length) {
    await deleteProductsWorkflow(container).run({ input: { ids: unlinked } })
  }
  return unsold.length + unlinked.length
}

export async function importCatalogue(container: MedusaContainer, data: ChinookData, progress: Progress, log: (m: string) => void) {
  const music: MusicModuleService = container.resolve(MUSIC_MODULE)

  const reference = async <T extends { chinook_id: number; name: string }>(
    entity: string,
    key: "genres" | "media_types" | "artists",
    rows: T[],
    list: (f: any, c: any) => Promise<any[]>
  ) => {
    let ids = await existingIds(list)
    await progress.entity(entity, async (tick) => {
      const missing = rows.filter((r) => !ids.has(r.chinook_id))
      if (missing.length) {
        await createReferenceRecordsWorkflow(container).run({ input: { [key]: missing } })
      }
      tick(rows.length, rows.length)
      return { created: missing.length, unchanged: rows.length - missing.length }
    })
    ids = await existingIds(list)
    return ids
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

  const removed = await removeHalfImportedAlbums(container)
  if (removed) {
    log(`Removed ${removed} album(s) or product(s) left half-imported by an interrupted run.`)
  }
  const albumsDone = await existingIds((f, c) => music.listAlbums(f, c))
  const tracksByAlbum = new Map<number, ChinookData["Track"]>()
  for (const t of data.Track) {
    const list = tracksByAlbum.get(t.AlbumId) ?? []
    list.push(t)
    tracksByAlbum.set(t.AlbumId, list)
  }

  let tracksCreated = 0
  await progress.entity("albums", async (tick) => {
    const todo = data.Album.filter((a) => !albumsDone.has(a.AlbumId))
    for (let i = 0; i < todo.length; i += ALBUM_BATCH) {
      const batch = todo.slice(i, i + ALBUM_BATCH)
      const albums = batch.map((a) => {
        const artistId = artists.get(a.ArtistId)
        if (!artistId) {
          throw new Error(`Album ${a.AlbumId} ("${a.Title}"): unknown ArtistId ${a.ArtistId}.`)
        }
        // Chinook track ids follow the album's running order.
        const tracks = (tracksByAlbum.get(a.AlbumId) ?? []).sort((x, y) => x.TrackId - y.TrackId)
        return {
          chinook_id: a.AlbumId,
          title: a.Title,
          artist_id: artistId,
          tracks: tracks.map((t, n) => ({
            chinook_id: t.TrackId,
            name: t.Name,
            composer: t.Composer,
            milliseconds: t.Milliseconds,
            bytes: t.Bytes,
            unit_price: t.UnitPrice,
            track_number: n + 1,
            genre_id: t.GenreId == null ? null : genres.get(t.GenreId),
            media_type_id: mediaTypes.get(t.MediaTypeId),
          })),
        }
      })
      await createAlbumsWorkflow(container).run({ input: { albums } })
      tracksCreated += albums.reduce((n, a) => n + a.tracks.length, 0)
      tick(data.Album.length - todo.length + i + batch.length, data.Album.length)
    }
    return { created: todo.length, unchanged: data.Album.length - todo.length }
  })
  progress.results.push({
    entity: "tracks",
    created: tracksCreated,
    unchanged: data.Track.length - tracksCreated,
    seconds: 0,
  })
  if (tracksCreated) {
    // Searches right after the import must already use the search indexes.
    await (container.resolve(MUSIC_MODULE) as MusicModuleService).analyzeCatalogue()
  }
}
