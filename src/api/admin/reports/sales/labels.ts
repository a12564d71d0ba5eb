import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MUSIC_MODULE } from "../../../../modules/music"
import type MusicModuleService from "../../../../modules/music/service"
import type { SalesGrouping } from "../../../../modules/ownership/ledger/sales-report"
import { STAFF_MODULE } from "../../../../modules/staff"

export type GroupLabel = { label: string; detail?: string }

/** What a group without a key holds, per grouping: a whole-album line has no track. */
const NO_KEY: Record<SalesGrouping, string> = {
  month: "Unknown",
  year: "Unknown",
  country: "Unknown country",
  genre: "Unknown genre",
  artist: "Unknown artist",
  album: "Unknown album",
  track: "Whole albums",
  media_type: "Unknown media type",
  support_rep: "No support rep",
}

const countryNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" })

/** A country's English name from its ISO code ("us" → "United States"). */
export function countryName(code: string): string {
  try {
    return countryNames.of(code.toUpperCase()) ?? code.toUpperCase()
  } catch {
    return code.toUpperCase()
  }
}

/**
 * The names of these groups' keys, read from the module that owns each kind
 * of record (music for artists, albums, tracks, genres and media types,
 * staff for support reps), for the keys asked only: one small read per
 * report page, never the whole catalogue. Tracks and albums come from the
 * music module's card rows (one prepared statement); records deleted since
 * the sale keep their name (read again with deleted ones): the history
 * still shows them.
 */
export async function labelGroups(
  scope: MedusaContainer,
  groupBy: SalesGrouping,
  keys: (string | null)[]
): Promise<Map<string | null, GroupLabel>> {
  const labels = new Map<string | null, GroupLabel>([[null, { label: NO_KEY[groupBy] }]])
  const ids = [...new Set(keys.filter((k): k is string => !!k))]
  if (!ids.length) return labels
  const set = (id: string, label: string | null | undefined, detail?: string | null) =>
    labels.set(id, { label: label || id, ...(detail ? { detail } : {}) })

  if (groupBy === "month" || groupBy === "year") {
    for (const id of ids) set(id, id)
    return labels
  }
  if (groupBy === "country") {
    for (const id of ids) set(id, countryName(id))
    return labels
  }

  const music: MusicModuleService = scope.resolve(MUSIC_MODULE)
  const named = { select: ["id", "name"], withDeleted: true, take: null }
  const missing = () => ids.filter((id) => !labels.has(id))
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const deleted = async (entity: string, fields: string[]) =>
    (await query.graph({ entity, fields, filters: { id: missing() }, withDeleted: true } as any)).data as any[]

  switch (groupBy) {
    case "genre":
      for (const r of await music.listGenres({ id: ids }, named)) set(r.id, r.name)
      break
    case "media_type":
      for (const r of await music.listMediaTypes({ id: ids }, named)) set(r.id, r.name)
      break
    case "artist":
      for (const r of await music.listArtists({ id: ids }, named)) set(r.id, r.name)
      break
    case "album":
      for (const r of await music.listAlbumCardRows(ids)) set(r.id, r.title, r.artist?.name)
      if (missing().length) for (const r of await deleted("album", ["id", "title", "artist.name"])) set(r.id, r.title, r.artist?.name)
      break
    case "track": {
      const detail = (artist?: string, album?: string) => [artist, album].filter(Boolean).join(" — ")
      for (const r of await music.listTrackCardRows(ids)) set(r.id, r.name, detail(r.artist?.name, r.album?.title))
      if (missing().length) {
        for (const r of await deleted("track", ["id", "name", "album.title", "album.artist.name"])) set(r.id, r.name, detail(r.album?.artist?.name, r.album?.title))
      }
      break
    }
    case "support_rep": {
      const staff: any = scope.resolve(STAFF_MODULE)
      const people = await staff.listEmployees({ id: ids }, { select: ["id", "first_name", "last_name", "title"], withDeleted: true, take: null })
      for (const r of people) set(r.id, [r.first_name, r.last_name].filter(Boolean).join(" "), r.title)
      break
    }
  }
  // A key no module knows any more (a record purged for good) shows as itself.
  for (const id of missing()) set(id, id)
  return labels
}
