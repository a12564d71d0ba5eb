import fs from "node:fs/promises"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export { privateUploadDir } from "./private-upload-dir"

type FileProviderConfig = { resolve?: string; options?: Record<string, unknown> }

/**
 * How the File Module was configured at start: "s3" when its provider is
 * file-s3 (the signed route redirects to a presigned URL), else "local" with
 * the folder its private files go to (the signed route sends them itself).
 * Read from the loaded configuration rather than the environment, so that
 * the route and the provider always agree.
 */
export function masterStorage(scope: MedusaContainer): { kind: "s3" } | { kind: "local"; dir: string } {
  const config = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE) as {
    modules?: Record<string, { options?: { providers?: FileProviderConfig[] } } | boolean | undefined>
  }
  const file = config.modules?.[Modules.FILE]
  const provider = typeof file === "object" ? file.options?.providers?.[0] : undefined
  if (provider?.resolve?.includes("file-s3")) return { kind: "s3" }
  const dir = provider?.options?.private_upload_dir
  // Without the option the provider keeps private files in static/.
  return { kind: "local", dir: typeof dir === "string" ? dir : path.join(process.cwd(), "static") }
}

const AUDIO_TYPES: Record<string, string> = {
  ".mp3": "audio/mpeg",
  ".m4a": "audio/mp4",
  ".aac": "audio/aac",
  ".flac": "audio/flac",
  ".wav": "audio/wav",
  ".ogg": "audio/ogg",
  ".opus": "audio/ogg",
  ".mp4": "video/mp4",
  ".m4v": "video/mp4",
}

/** A master's type from its file name (the File Module keeps no type). */
export function masterContentType(fileId: string): string {
  return AUDIO_TYPES[path.extname(fileId).toLowerCase()] ?? "application/octet-stream"
}

/**
 * The file on disk of a local private master, or undefined when it is gone.
 * The provider itself only streams a whole file; HTTP Range needs a size and
 * a read from an offset, so the signed route opens the file directly, in the
 * folder the provider writes to, with the provider's own guard against keys
 * that climb out of it.
 */
export async function localMasterFile(fileId: string, dir: string): Promise<{ path: string; size: number } | undefined> {
  const base = path.resolve(dir)
  const file = path.resolve(base, fileId)
  const relative = path.relative(base, file)
  if (!relative || relative.startsWith("..") || path.isAbsolute(relative)) return undefined
  const stat = await fs.stat(file).catch(() => undefined)
  return stat?.isFile() ? { path: file, size: stat.size } : undefined
}
