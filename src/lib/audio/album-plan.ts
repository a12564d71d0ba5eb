import path from "node:path"
import type { AudioInfo } from "./metadata"

/** An uploaded file once read. */
export type ReadFile = { filename: string; size: number; info: AudioInfo }

export type PlannedTrack = {
  /** Index of the file in the upload. */
  file: number
  filename: string
  name: string
  /** Position on the album, from 1, in disc then track-number order. */
  track_number: number
  disc_number: number | null
  tag_track_number: number | null
  composer: string | null
  genre: string | null
  milliseconds: number
}

export type AlbumPlan = { artist: string; title: string; tracks: PlannedTrack[] }

/** Files that do not make one album, said naming the field or files at fault: answered 400. */
export class AlbumPlanError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "AlbumPlanError"
  }
}

/** The value most files carry (ties: the first file's), ignoring files without it. */
function commonest(values: (string | null)[]): string | null {
  const counts = new Map<string, number>()
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best: string | null = null
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v
  return best
}

/**
 * How a set of tagged files becomes one album: the artist is the album
 * artist tag (else the artist tag) most files carry, the title their album
 * tag; tracks run in disc order, then by track number (files without a
 * number last, in upload order), numbered 1..n on the album. `artist` and
 * `title` given by staff override the tags. Files naming different albums,
 * or two files claiming the same disc and track number, are refused.
 */
export function planAlbum(files: ReadFile[], given: { artist?: string; title?: string } = {}): AlbumPlan {
  if (!files.length) throw new AlbumPlanError("files: send at least one audio file.")
  const artist = given.artist ?? commonest(files.map((f) => f.info.tags.album_artist)) ?? commonest(files.map((f) => f.info.tags.artist))
  if (!artist) throw new AlbumPlanError("artist: the files carry no artist or album artist tag; give `artist`.")

  let title = given.title
  if (!title) {
    const albums = new Map<string, string[]>()
    for (const f of files) {
      const a = f.info.tags.album
      if (a) albums.set(a, [...(albums.get(a) ?? []), f.filename])
    }
    if (albums.size > 1) {
      const list = [...albums].map(([a, names]) => `"${a}" (${names.join(", ")})`).join("; ")
      throw new AlbumPlanError(`title: the files name different albums: ${list}. Upload one album at a time, or give \`title\`.`)
    }
    title = [...albums.keys()][0]
    if (!title) throw new AlbumPlanError("title: the files carry no album tag; give `title`.")
  }

  const seen = new Map<string, string>()
  for (const f of files) {
    const { disc_number, track_number } = f.info.tags
    if (!track_number) continue
    const key = `${disc_number ?? 1}/${track_number}`
    const other = seen.get(key)
    if (other) {
      throw new AlbumPlanError(`files: ${other} and ${f.filename} are both track ${track_number} of disc ${disc_number ?? 1}.`)
    }
    seen.set(key, f.filename)
  }

  const order = files
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        (a.f.info.tags.disc_number ?? 1) - (b.f.info.tags.disc_number ?? 1) ||
        (a.f.info.tags.track_number ?? Infinity) - (b.f.info.tags.track_number ?? Infinity) ||
        a.i - b.i
    )
  return {
    artist,
    title,
    tracks: order.map(({ f, i }, n) => ({
      file: i,
      filename: f.filename,
      name: f.info.tags.title ?? (path.parse(f.filename).name.trim() || `Track ${n + 1}`),
      track_number: n + 1,
      disc_number: f.info.tags.disc_number,
      tag_track_number: f.info.tags.track_number,
      composer: f.info.tags.composer,
      genre: f.info.tags.genre,
      milliseconds: f.info.duration_ms,
    })),
  }
}
