import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SalesGrouping } from "../../../../modules/ownership/ledger/sales-report"

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
 * report page, never the whole catalogue. Records deleted since the sale
 * keep their name (withDeleted): the history still shows them.
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

  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const read = async (entity: string, fields: string[]) =>
    (await query.graph({ entity, fields, filters: { id: ids }, withDeleted: true } as any)).data as any[]

  switch (groupBy) {
    case "genre":
    case "media_type":
    case "artist":
      for (const r of await read(groupBy, ["id", "name"])) set(r.id, r.name)
      break
    case "album":
      for (const r of await read("album", ["id", "title", "artist.name"])) set(r.id, r.title, r.artist?.name)
      break
    case "track":
      for (const r of await read("track", ["id", "name", "album.title", "album.artist.name"])) {
        set(r.id, r.name, [r.album?.artist?.name, r.album?.title].filter(Boolean).join(" — "))
      }
      break
    case "support_rep":
      for (const r of await read("employee", ["id", "first_name", "last_name", "title"])) {
        set(r.id, [r.first_name, r.last_name].filter(Boolean).join(" "), r.title)
      }
      break
  }
  // A key no module knows any more (a record purged for good) shows as itself.
  for (const id of ids) if (!labels.has(id)) set(id, id)
  return labels
}
