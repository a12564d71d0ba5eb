import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MUSIC_MODULE } from "../../src/modules/music"
import type MusicModuleService from "../../src/modules/music/service"
import { createAlbumsWorkflow } from "../../src/workflows/music/create-albums"
import type { AlbumInput, CreatedAlbum } from "../../src/workflows/music/steps/create-albums"

/** An album a test put on sale, with the variants a cart takes. */
export type TestAlbum = Omit<CreatedAlbum, "tracks"> & {
  product_id: string
  /** The full-album variant (its SKU is the album's id). */
  full_variant_id: string
  /** In track order (as the workflow returns them), each with the variant that sells it alone. */
  tracks: (CreatedAlbum["tracks"][number] & { variant_id: string })[]
}

/** An album to create; `artist_id` may be left to createTestAlbums' `artist`. */
export type TestAlbumInput = Omit<AlbumInput, "artist_id"> & { artist_id?: string }

/**
 * Creates albums through createAlbumsWorkflow, as staff and the import do, and
 * reads back the variant of each track. `artist` names an artist created for
 * the albums that give no artist_id; `genre` names a genre given to the
 * tracks that give no genre_id.
 */
export async function createTestAlbums(
  container: MedusaContainer,
  {
    artist,
    genre,
    albums,
    sales_channel_id,
  }: { artist?: string; genre?: string; albums: TestAlbumInput[]; sales_channel_id?: string }
): Promise<TestAlbum[]> {
  const music: MusicModuleService = container.resolve(MUSIC_MODULE)
  const artistId = artist ? (await music.createArtists({ name: artist })).id : undefined
  const genreId = genre ? (await music.createGenres({ name: genre })).id : undefined
  const input = albums.map((album) => {
    const artist_id = album.artist_id ?? artistId
    if (!artist_id) throw new Error(`createTestAlbums: "${album.title}" has no artist_id and no artist was named`)
    return {
      ...album,
      artist_id,
      tracks: genreId ? album.tracks.map((t) => (t.genre_id === undefined ? { ...t, genre_id: genreId } : t)) : album.tracks,
    }
  })
  const { result } = await createAlbumsWorkflow(container).run({ input: { albums: input, sales_channel_id } })

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: tracks } = await query.graph({
    entity: "track",
    fields: ["id", "product_variant.id"],
    filters: { id: result.flatMap((a) => a.tracks.map((t) => t.id)) },
  })
  const variantOf = new Map(tracks.map((t: any) => [t.id as string, t.product_variant.id as string]))
  return result.map(({ full_album_variant_id, option_title: _option, ...album }) => ({
    ...album,
    full_variant_id: full_album_variant_id,
    tracks: album.tracks.map((t) => ({ ...t, variant_id: variantOf.get(t.id)! })),
  }))
}

/** The storefront handle of each album's product, by product title (the album's). */
export async function productHandles(container: MedusaContainer, albums: { product_id: string }[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["handle", "title"],
    filters: { id: albums.map((a) => a.product_id) },
  })
  return Object.fromEntries(products.map((p: any) => [p.title as string, p.handle as string]))
}

/**
 * The status and message of an answer of the API, refusal or not (axios
 * throws on a 4xx/5xx; a test of refusals wants the answer instead). A request
 * that got no answer at all still throws.
 */
export async function answerOf(request: Promise<{ status: number; data?: any }>) {
  const res = await request.catch((e: any) => {
    if (!e.response) throw e
    return e.response as { status: number; data?: any }
  })
  return { status: res.status, message: String(res.data?.message ?? "") }
}

/** GET of a track's preview clip with the bytes as a Buffer, whatever the status. */
export async function fetchPreview(api: any, pk: { headers: Record<string, string> }, trackId: string, headers: Record<string, string> = {}) {
  const res = await api.get(`/store/music/tracks/${trackId}/preview`, {
    headers: { ...pk.headers, ...headers },
    responseType: "arraybuffer",
    validateStatus: () => true,
  })
  return { status: res.status as number, headers: res.headers, body: Buffer.from(res.data) }
}
