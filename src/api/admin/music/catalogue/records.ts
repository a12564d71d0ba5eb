import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { MUSIC_MODULE } from "../../../../modules/music"
import type MusicModuleService from "../../../../modules/music/service"
import { storeCurrency } from "../../../../workflows/catalogue/utils/base-prices"
import { exists, refusalOf, type DeletableKind } from "../../../../workflows/catalogue/steps/assert-deletable"
import { albumViews, trackViews } from "./views"

export const musicOf = (scope: MedusaContainer): MusicModuleService => scope.resolve(MUSIC_MODULE)

const notFound = (label: string, id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `${label} with id: ${id} was not found`)
const ONE = { limit: 1, offset: 0 }

export async function oneArtist(scope: MedusaContainer, id: string) {
  const { rows } = await musicOf(scope).listAdminArtists({ ids: [id] }, ONE)
  if (!rows[0]) throw notFound("Artist", id)
  return rows[0]
}

export async function oneGenre(scope: MedusaContainer, id: string) {
  const { rows } = await musicOf(scope).listAdminGenres({ ids: [id] }, ONE)
  if (!rows[0]) throw notFound("Genre", id)
  return rows[0]
}

export async function oneMediaType(scope: MedusaContainer, id: string) {
  const { rows } = await musicOf(scope).listAdminMediaTypes({ ids: [id] }, ONE)
  if (!rows[0]) throw notFound("Media type", id)
  return rows[0]
}

export async function oneAlbum(scope: MedusaContainer, id: string, currency?: string) {
  const { rows } = await musicOf(scope).listAdminAlbums({ ids: [id] }, ONE)
  if (!rows[0]) throw notFound("Album", id)
  return (await albumViews(scope, rows, currency ?? (await storeCurrency(scope))))[0]
}

export async function oneTrack(scope: MedusaContainer, id: string, currency?: string) {
  const { rows } = await musicOf(scope).listAdminTracks({ ids: [id] }, ONE)
  if (!rows[0]) throw notFound("Track", id)
  return (await trackViews(scope, rows, currency ?? (await storeCurrency(scope))))[0]
}

/** A body that changes nothing is a mistake worth saying. */
export function requireSomeField(body: Record<string, unknown>, fields: string) {
  if (!Object.values(body).some((v) => v !== undefined)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `body: give at least one of ${fields}`)
  }
}

/**
 * An answer with this status and message as they are. Medusa's error handler
 * sends an HTTP error's own message (below 500), where it would replace a
 * CONFLICT error's with a generic one.
 */
export function httpError(status: number, message: string) {
  return Object.assign(new Error(message), { status, statusCode: status, expose: true })
}

const LABELS: Record<DeletableKind, string> = { artist: "Artist", album: "Album", track: "Track", genre: "Genre", media_type: "Media type" }

/** 404 for an unknown record; 409 with the reason for one in use or sold. The delete workflow checks again. */
export async function refuseUndeletable(scope: MedusaContainer, kind: DeletableKind, id: string) {
  if (!(await exists(musicOf(scope), kind, id))) throw notFound(LABELS[kind], id)
  const reason = await refusalOf(scope, kind, id)
  if (reason) throw httpError(409, reason)
}
