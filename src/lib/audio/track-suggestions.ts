import type { AudioInfo } from "./metadata"

/** The fields of a track a master's tags can fill. */
export const TAG_FIELDS = ["name", "composer", "milliseconds", "bytes", "track_number", "genre"] as const
export type TagField = (typeof TAG_FIELDS)[number]

/** What a track keeps of its master's reading (the track's `master_metadata`). */
export type MasterMetadata = Omit<AudioInfo, "tags"> & { tags: AudioInfo["tags"]; size: number; filename: string }

export function masterMetadata(info: AudioInfo, size: number, filename: string): MasterMetadata {
  return { ...info, size, filename }
}

/**
 * The values a master offers for its track's fields: the title as the name,
 * composer, duration, size, track number and genre (by name; the route
 * resolves it to a genre of the catalogue). Fields the file has no tag for
 * are left out.
 */
export function suggestedFields(meta: MasterMetadata): Partial<Record<TagField, string | number>> {
  const s: Partial<Record<TagField, string | number>> = {
    milliseconds: meta.duration_ms,
    bytes: meta.size,
  }
  if (meta.tags.title) s.name = meta.tags.title
  if (meta.tags.composer) s.composer = meta.tags.composer
  if (meta.tags.track_number) s.track_number = meta.tags.track_number
  if (meta.tags.genre) s.genre = meta.tags.genre
  return s
}
