import { createReadStream } from "node:fs"
import path from "node:path"
import { randomBytes } from "node:crypto"
import type { Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { localMasterFile, masterStorage } from "../downloads/master-storage"
import { removeQuietly, streamToFile, workFile } from "./work-files"

/** A stored name: letters, digits and dashes from `base`, a random tag (two uploads in one millisecond stay apart), `ext`. */
export function storedName(base: string, ext: string) {
  const stem =
    base
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "audio"
  return `${stem}-${randomBytes(4).toString("hex")}${ext}`
}

/**
 * Stores a file of the work folder through the File Module, streamed (a
 * master can be hundreds of MB): local disk or S3, whichever is configured.
 */
export async function storeWorkFile(
  scope: MedusaContainer,
  file: { path: string; filename: string; mimeType: string; access: "public" | "private" }
): Promise<{ id: string; url: string }> {
  const files = scope.resolve(Modules.FILE)
  const upload = await files.getUploadStream({ filename: file.filename, mimeType: file.mimeType, access: file.access })
  try {
    await pipeline(createReadStream(file.path, { highWaterMark: 1024 * 1024 }), upload.writeStream)
    const stored = await upload.promise
    return { id: stored.key, url: stored.url }
  } catch (e) {
    await files.deleteFiles(upload.fileKey).catch(() => {})
    throw e
  }
}

/**
 * Runs `work` with a stored file on this machine's disk: the local
 * provider's own file, or a copy fetched from S3 into the work folder (and
 * removed afterwards). ffmpeg reads files, not the File Module.
 */
export async function withStoredFileOnDisk<T>(scope: MedusaContainer, fileId: string, work: (file: string) => Promise<T>): Promise<T> {
  const storage = masterStorage(scope)
  if (storage.kind === "local") {
    const local = await localMasterFile(fileId, storage.dir)
    if (!local) throw new MedusaError(MedusaError.Types.NOT_FOUND, `The stored file ${fileId} is missing.`)
    return work(local.path)
  }
  const copy = await workFile(path.extname(fileId))
  try {
    const stream = (await scope.resolve(Modules.FILE).getDownloadStream(fileId)) as Readable
    await streamToFile(stream, copy, Number.MAX_SAFE_INTEGER)
    return await work(copy)
  } finally {
    await removeQuietly(copy)
  }
}

/** Deletes stored files, ignoring ids that are empty; a file already gone is no error. */
export async function deleteStoredFiles(scope: MedusaContainer, ids: (string | null | undefined)[]) {
  const real = [...new Set(ids.filter((id): id is string => !!id))]
  if (real.length) await scope.resolve(Modules.FILE).deleteFiles(real)
}
