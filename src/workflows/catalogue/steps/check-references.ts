import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUSIC_MODULE } from "../../../modules/music"
import type MusicModuleService from "../../../modules/music/service"

export type Reference = { field: string; kind: "artist" | "album" | "track" | "genre" | "media_type"; id: string }

/**
 * Refuses (400, naming the field) ids that name no live record: the music
 * module's tables do not enforce them, and a filter naming nothing is a
 * mistake worth saying rather than an empty list.
 */
export async function checkReferences(container: MedusaContainer, refs: Reference[]) {
  if (!refs.length) return
  const music: MusicModuleService = container.resolve(MUSIC_MODULE)
  const ids = (kind: Reference["kind"]) => [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id))]
  const found = new Set<string>()
  const select = { select: ["id"], take: null } as any
  const add = (rows: { id: string }[]) => rows.forEach((r) => found.add(r.id))
  if (ids("artist").length) add(await music.listArtists({ id: ids("artist") }, select))
  if (ids("album").length) add(await music.listAlbums({ id: ids("album") }, select))
  if (ids("track").length) add(await music.listTracks({ id: ids("track") }, select))
  if (ids("genre").length) add(await music.listGenres({ id: ids("genre") }, select))
  if (ids("media_type").length) add(await music.listMediaTypes({ id: ids("media_type") }, select))
  const missing = refs.find((r) => !found.has(r.id))
  if (missing) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${missing.field}: no ${missing.kind.replace("_", " ")} with id ${missing.id}`)
  }
}

/** checkReferences before anything is written. */
export const checkReferencesStep = createStep("check-catalogue-references", async (refs: Reference[], { container }) => {
  await checkReferences(container, refs)
  return new StepResponse(refs)
})
