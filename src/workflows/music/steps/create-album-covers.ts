import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MUSIC_MODULE } from "../../../modules/music"
import type MusicModuleService from "../../../modules/music/service"
import { albumCoverSvg } from "../../../modules/music/utils/cover-art"
import type { CreatedAlbum } from "./create-albums"

/**
 * Gives every album without artwork a generated cover, stored through the
 * File Module (local disk or S3) like any uploaded image.
 */
export const createAlbumCoversStep = createStep(
  "create-album-covers",
  async (albums: CreatedAlbum[], { container }) => {
    const bare = albums.filter((a) => !a.cover_url)
    if (!bare.length) {
      return new StepResponse(albums, [] as string[])
    }
    const files = await container.resolve(Modules.FILE).createFiles(
      bare.map((a) => ({
        filename: `cover-${a.id}.svg`,
        mimeType: "image/svg+xml",
        content: Buffer.from(albumCoverSvg(a.artist.name, a.title)).toString("base64"),
        access: "public" as const,
      }))
    )
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    await music.updateAlbums(bare.map((a, i) => ({ id: a.id, cover_url: files[i].url })))
    const urlById = new Map(bare.map((a, i) => [a.id, files[i].url]))
    return new StepResponse(
      albums.map((a) => ({ ...a, cover_url: a.cover_url ?? urlById.get(a.id)! })),
      files.map((f) => f.id)
    )
  },
  async (fileIds, { container }) => {
    if (!fileIds?.length) {
      return
    }
    await container.resolve(Modules.FILE).deleteFiles(fileIds)
  }
)
