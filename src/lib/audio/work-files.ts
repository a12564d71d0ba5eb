import { createWriteStream } from "node:fs"
import fs from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { randomUUID } from "node:crypto"
import { Transform, type Readable } from "node:stream"
import { pipeline } from "node:stream/promises"

/*
 * Uploaded audio is written to a work folder before it is stored: it must be
 * read whole (tags, duration) and handed to ffmpeg, which reads files, and a
 * file that turns out not to be audio never reaches the File Module. The
 * folder is AUDIO_WORK_DIR (default: the system temp folder's
 * chinook-records-audio); every file in it is removed when its request ends.
 */

type Env = Record<string, string | undefined>

export function audioWorkDir(env: Env = process.env) {
  return path.resolve(env.AUDIO_WORK_DIR || path.join(os.tmpdir(), "chinook-records-audio"))
}

/** The work folder, created if missing. */
export async function ensureWorkDir(env: Env = process.env) {
  const dir = audioWorkDir(env)
  await fs.mkdir(dir, { recursive: true })
  return dir
}

/** A fresh path in the work folder (the folder is created); `ext` keeps ffmpeg's format guess right. */
export async function workFile(ext = "", env: Env = process.env) {
  return path.join(await ensureWorkDir(env), `${randomUUID()}${ext}`)
}

export async function removeQuietly(...files: (string | undefined | null)[]) {
  await Promise.all(files.map((f) => (f ? fs.rm(f, { force: true }).catch(() => {}) : undefined)))
}

/** A body bigger than the limit: answered 413. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The file is larger than the ${Math.round(limit / 1024 / 1024)} MB allowed.`)
    this.name = "BodyTooLargeError"
  }
}

/**
 * Writes a stream (a request body) to `file`, stopping past `maxBytes`;
 * returns its size. The source is not destroyed when the limit is passed:
 * destroying a request destroys its socket, and the 413 could not be sent.
 */
export async function streamToFile(source: Readable, file: string, maxBytes: number): Promise<number> {
  let bytes = 0
  const counter = new Transform({
    transform(chunk, _enc, done) {
      bytes += chunk.length
      if (bytes > maxBytes) done(new BodyTooLargeError(maxBytes))
      else done(null, chunk)
    },
  })
  const onError = (e: Error) => counter.destroy(e)
  const onAborted = () => counter.destroy(new Error("The upload was cut off."))
  source.on("error", onError)
  source.on("aborted", onAborted)
  source.pipe(counter)
  try {
    await pipeline(counter, createWriteStream(file))
  } catch (e) {
    source.unpipe(counter)
    await removeQuietly(file)
    throw e
  } finally {
    source.off("error", onError)
    source.off("aborted", onAborted)
  }
  return bytes
}

/** A size setting in bytes, or with KB/MB/GB. */
export function byteSize(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const m = /^(\d+)\s*(B|KB|MB|GB)?$/i.exec(raw)
  if (!m || Number(m[1]) < 1) throw new Error(`${name} must be a size in bytes, or with KB, MB or GB (got "${raw}").`)
  const unit = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[(m[2] ?? "B").toUpperCase() as "B"]
  return Number(m[1]) * unit
}

/** MASTER_MAX_BYTES: the largest master (or album file) staff may upload; 2 GB by default. */
export const masterMaxBytes = (env: Env = process.env) => byteSize(env, "MASTER_MAX_BYTES", 2 * 1024 ** 3)
/** COVER_MAX_BYTES: the largest cover image; 10 MB by default. */
export const coverMaxBytes = (env: Env = process.env) => byteSize(env, "COVER_MAX_BYTES", 10 * 1024 ** 2)
