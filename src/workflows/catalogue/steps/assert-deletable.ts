import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUSIC_MODULE } from "../../../modules/music"
import type MusicModuleService from "../../../modules/music/service"
import { OWNERSHIP_MODULE } from "../../../modules/ownership"
import type OwnershipModuleService from "../../../modules/ownership/service"

export type DeletableKind = "artist" | "album" | "track" | "genre" | "media_type"

const LABEL: Record<DeletableKind, string> = {
  artist: "Artist",
  album: "Album",
  track: "Track",
  genre: "Genre",
  media_type: "Media type",
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

export async function exists(music: MusicModuleService, kind: DeletableKind, id: string) {
  const select = { select: ["id"] }
  const found =
    kind === "artist" ? await music.listArtists({ id }, select)
    : kind === "album" ? await music.listAlbums({ id }, select)
    : kind === "track" ? await music.listTracks({ id }, select)
    : kind === "genre" ? await music.listGenres({ id }, select)
    : await music.listMediaTypes({ id }, select)
  return found.length > 0
}

/**
 * Why the record may not be deleted, or null. What was sold stays: buyers'
 * libraries, downloads and the sales ledger name it, so staff unpublish it
 * instead, which hides it from the store and keeps all of that.
 */
export async function refusalOf(container: MedusaContainer, kind: DeletableKind, id: string): Promise<string | null> {
  const music: MusicModuleService = container.resolve(MUSIC_MODULE)
  const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
  const one = { take: 1, select: ["id"] }
  switch (kind) {
    case "artist": {
      const [, albums] = await music.listAndCountAlbums({ artist_id: id }, one)
      return albums
        ? `The artist has ${plural(albums, "album")}; delete them or move them to another artist first.`
        : null
    }
    case "genre":
    case "media_type": {
      const [, tracks] = await music.listAndCountTracks({ [`${kind}_id`]: id }, one)
      const what = kind === "genre" ? "genre" : "media type"
      return tracks ? `${plural(tracks, "track is", "tracks are")} of this ${what}; move them to another ${what} first.` : null
    }
    case "album":
    case "track": {
      // A track line's ledger row names its album too, so an album's count covers its tracks' sales.
      let [, lines] = await ownership.listAndCountSaleLines({ [`${kind}_id`]: id }, one)
      const [, owned] = await ownership.listAndCountOwnedTracks({ [`${kind}_id`]: id }, one)
      if (kind === "track") {
        // A full album sold holds the track, whether or not a customer was granted it.
        const [track] = await music.listTracks({ id }, { select: ["album_id"] })
        if (track) lines += (await ownership.listAndCountSaleLines({ kind: "album", album_id: track.album_id }, one))[1]
      }
      if (!lines && !owned) return null
      const sold = lines ? `it has been sold (${plural(lines, "order line")})` : "customers own it"
      return `The ${kind} cannot be deleted: ${sold}. Unpublish it instead: that hides it from the store and keeps it in buyers' libraries.`
    }
  }
}

/**
 * Refuses (400, with the reason) to delete a record in use or sold; 404 for
 * an unknown one. The routes check first and answer 409 (see
 * src/api/admin/music/catalogue/records.ts): Medusa's error handler replaces
 * the message of a workflow's CONFLICT error with a generic one, and the
 * reason is the point. This step still refuses what was sold in between.
 */
export const assertDeletableStep = createStep(
  "assert-catalogue-deletable",
  async (input: { kind: DeletableKind; id: string }, { container }) => {
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    if (!(await exists(music, input.kind, input.id))) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `${LABEL[input.kind]} with id: ${input.id} was not found`)
    }
    const reason = await refusalOf(container, input.kind, input.id)
    if (reason) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, reason)
    return new StepResponse(input)
  }
)
