import { resolveChinookDataFile, SeedError } from "./data-file"
import { validateChinookData } from "./validate"

export { CHINOOK_COMMIT, CHINOOK_SHA256, CHINOOK_URL, SeedError } from "./data-file"

export type ChinookData = {
  Genre: { GenreId: number; Name: string }[]
  MediaType: { MediaTypeId: number; Name: string }[]
  Artist: { ArtistId: number; Name: string }[]
  Album: { AlbumId: number; Title: string; ArtistId: number }[]
  Track: {
    TrackId: number
    Name: string
    AlbumId: number
    MediaTypeId: number
    GenreId: number | null
    Composer: string | null
    Milliseconds: number
    Bytes: number | null
    UnitPrice: number
  }[]
  Employee: Record<string, any>[]
  Customer: Record<string, any>[]
  Invoice: Record<string, any>[]
  InvoiceLine: Record<string, any>[]
  Playlist: { PlaylistId: number; Name: string }[]
  PlaylistTrack: { PlaylistId: number; TrackId: number }[]
}

function parse(file: string, buf: Buffer): ChinookData {
  let data: ChinookData
  try {
    data = JSON.parse(buf.toString("utf8").replace(/^\uFEFF/, ""))
  } catch (e: any) {
    throw new SeedError(`${file}: not valid JSON (${e.message}).`)
  }
  validateChinookData(file, data)
  return data
}

/**
 * Reads ChinookData.json from CHINOOK_DATA, else from the cache, else
 * downloads the pinned upstream file into the cache. Always checks the hash.
 */
export async function loadChinookData(opts: { root: string; log: (m: string) => void; url?: string }): Promise<ChinookData> {
  const { file, buf } = await resolveChinookDataFile(opts)
  return parse(file, buf)
}
