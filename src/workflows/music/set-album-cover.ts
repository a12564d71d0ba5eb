import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { MUSIC_MODULE } from "../../modules/music"
import type MusicModuleService from "../../modules/music/service"
import { deleteReplacedFilesStep } from "./set-track-master"
import { storeAudioFilesStep } from "./steps/store-audio-files"
import { applyRenames, type RenamePlan } from "./utils/apply-renames"

export type SetAlbumCoverInput = {
  album_id: string
  /** The image in the work folder, already checked to be JPEG, PNG or WebP. */
  work_path: string
  stored_name: string
  content_type: string
}

/** Names the uploaded file on the album (so the next upload deletes it); compensation names the old one again. */
const setAlbumCoverFileStep = createStep(
  "set-album-cover-file",
  async (input: { album_id: string; file_id: string }, { container }) => {
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const [album] = await music.listAlbums({ id: input.album_id }, { select: ["id", "cover_file_id"] })
    const previous = (album as any)?.cover_file_id ?? null
    await music.updateAlbums({ id: input.album_id, cover_file_id: input.file_id } as any)
    return new StepResponse({ replaced_file_ids: previous && previous !== input.file_id ? [previous] : [] }, { id: input.album_id, cover_file_id: previous })
  },
  async (previous, { container }) => {
    if (previous) await (container.resolve(MUSIC_MODULE) as MusicModuleService).updateAlbums(previous as any)
  }
)

/**
 * A new cover for an album: stored as a public file of the File Module, set
 * as the album's cover (what the store's cards and album page show) and as
 * its product's thumbnail and first image, in place of the old cover (the
 * product's other images stay). The cover it replaces is deleted last when
 * it was an upload; generated and imported covers are left alone. Any
 * failure deletes the new file and puts album and product back.
 */
export const setAlbumCoverWorkflow = createWorkflow("set-album-cover", (input: SetAlbumCoverInput) => {
  const { data: albums } = useQueryGraphStep({
    entity: "album",
    fields: ["id", "cover_url", "product.id", "product.images.url"],
    filters: { id: input.album_id },
  }).config({ name: "set-album-cover-load" })

  const toStore = transform({ input, albums }, ({ input, albums }) => {
    if (!albums[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Album with id: ${input.album_id} was not found`)
    return [{ path: input.work_path, filename: input.stored_name, mimeType: input.content_type, access: "public" as const }]
  })
  const stored = storeAudioFilesStep(toStore).config({ name: "store-cover-file" })

  const plan = transform({ albums, stored }, ({ albums, stored }): RenamePlan => {
    const album: any = albums[0]
    const url = stored[0].url
    const products: RenamePlan["products"] = []
    if (album.product?.id) {
      const others = (album.product.images ?? []).map((i: any) => i.url).filter((u: string) => u && u !== album.cover_url && u !== url)
      products.push({ id: album.product.id, thumbnail: url, images: [{ url }, ...others.map((u: string) => ({ url: u }))] })
    }
    return { music: { albums: [{ id: album.id, cover_url: url }] }, products, taxonomy: {} }
  })
  applyRenames(plan)

  const named = setAlbumCoverFileStep(transform({ input, stored }, ({ input, stored }) => ({ album_id: input.album_id, file_id: stored[0].id })))
  deleteReplacedFilesStep(transform({ named }, ({ named }) => ({ file_ids: named.replaced_file_ids })))

  return new WorkflowResponse(
    transform({ input, stored, albums }, ({ input, stored, albums }) => ({
      album_id: input.album_id,
      cover_url: stored[0].url,
      cover_file_id: stored[0].id,
      product_id: (albums[0] as any).product?.id ?? null,
    }))
  )
})
