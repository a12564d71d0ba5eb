import { spawn } from "node:child_process"
import os from "node:os"

/*
 * Previews and owners' MP3/AAC copies are made by Debian's ffmpeg, run as a
 * child process (never a downloaded binary). FFMPEG_PATH names another one.
 * At most FFMPEG_CONCURRENCY run at once (default: cores − 1, at least 1), so
 * an album upload never takes every core from the requests the server
 * answers meanwhile.
 */

type Env = Record<string, string | undefined>

/** ffmpeg is not installed (or FFMPEG_PATH names nothing runnable). */
export class FfmpegMissingError extends Error {
  constructor(readonly binary: string) {
    super(`ffmpeg was not found (${binary}); install it (Debian: apt-get install -y --no-install-recommends ffmpeg) or set FFMPEG_PATH.`)
    this.name = "FfmpegMissingError"
  }
}

export class FfmpegFailedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "FfmpegFailedError"
  }
}

export function ffmpegBinary(env: Env = process.env) {
  return env.FFMPEG_PATH?.trim() || "ffmpeg"
}

function wholeNumber(env: Env, name: string, fallback: number, min: number) {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  if (!/^\d+$/.test(raw) || Number(raw) < min) throw new Error(`${name} must be a whole number, at least ${min} (got "${raw}").`)
  return Number(raw)
}

export const ffmpegConcurrency = (env: Env = process.env) =>
  wholeNumber(env, "FFMPEG_CONCURRENCY", Math.max(1, os.availableParallelism() - 1), 1)
export const ffmpegTimeoutMs = (env: Env = process.env) => wholeNumber(env, "FFMPEG_TIMEOUT_SECONDS", 900, 1) * 1000

let running = 0
const waiting: (() => void)[] = []

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= ffmpegConcurrency()) await new Promise<void>((r) => waiting.push(r))
  running++
  try {
    return await work()
  } finally {
    running--
    waiting.shift()?.()
  }
}

/** Runs ffmpeg with these arguments; resolves when it exits 0. */
export function runFfmpeg(args: string[], env: Env = process.env): Promise<void> {
  const binary = ffmpegBinary(env)
  return slot(
    () =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(binary, ["-nostdin", "-hide_banner", "-loglevel", "error", "-y", ...args], {
          stdio: ["ignore", "ignore", "pipe"],
        })
        let stderr = ""
        child.stderr.on("data", (d) => {
          if (stderr.length < 4000) stderr += d
        })
        const timer = setTimeout(() => child.kill("SIGKILL"), ffmpegTimeoutMs(env))
        child.on("error", (e: NodeJS.ErrnoException) => {
          clearTimeout(timer)
          reject(e.code === "ENOENT" || e.code === "EACCES" ? new FfmpegMissingError(binary) : e)
        })
        child.on("close", (code, signal) => {
          clearTimeout(timer)
          if (code === 0) resolve()
          else reject(new FfmpegFailedError(`ffmpeg ${signal ? `was stopped (${signal})` : `exited with ${code}`}: ${stderr.trim().slice(-1000)}`))
        })
      })
  )
}

export const PREVIEW_SECONDS = 30

/**
 * Which 30 seconds of a recording its preview plays: from a third of the way
 * in (past most intros), or the last 30 seconds when that starts earlier; a
 * recording of 30 seconds or less is its own preview.
 */
export function previewWindow(durationMs: number, seconds = PREVIEW_SECONDS): { start: number; length: number } {
  const total = durationMs / 1000
  if (total <= seconds) return { start: 0, length: Math.max(0.1, total) }
  const start = Math.min(total - seconds, Math.floor(total / 3))
  return { start: Math.max(0, start), length: seconds }
}

const metadataArgs = (tags: Record<string, string | null | undefined>) =>
  Object.entries(tags).flatMap(([k, v]) => (v ? ["-metadata", `${k}=${v}`] : []))

/**
 * A preview: the window above as a 128 kbps stereo MP3 (every browser plays
 * it), with half a second of fade in and a second of fade out so it neither
 * clicks on nor stops dead.
 */
export async function cutPreview(
  input: string,
  output: string,
  durationMs: number,
  tags: Record<string, string | null | undefined> = {}
) {
  const { start, length } = previewWindow(durationMs)
  const fades = length > 3 ? ["-af", `afade=t=in:d=0.5,afade=t=out:st=${(length - 1).toFixed(3)}:d=1`] : []
  await runFfmpeg([
    "-ss", start.toFixed(3), "-t", length.toFixed(3), "-i", input,
    "-map", "0:a:0", "-vn", "-map_metadata", "-1",
    ...fades,
    "-ac", "2", "-ar", "44100", "-c:a", "libmp3lame", "-b:a", "128k",
    "-id3v2_version", "3", ...metadataArgs(tags),
    "-f", "mp3", output,
  ])
  return { start_seconds: start, seconds: length }
}

/** The copies owners may choose instead of the master. */
export const OWNER_FORMATS = {
  mp3: { label: "MP3 320 kbps", ext: ".mp3", contentType: "audio/mpeg" },
  aac: { label: "AAC 256 kbps", ext: ".m4a", contentType: "audio/mp4" },
} as const
export type OwnerFormat = keyof typeof OWNER_FORMATS

/**
 * An owner's MP3 (320 kbps constant bitrate) or AAC (256 kbps in M4A, index
 * first so players start before the end arrives) made from the master, tags
 * kept, cover art and video left out.
 */
export async function transcode(input: string, output: string, format: OwnerFormat, source: { sample_rate?: number | null; channels?: number | null } = {}) {
  // MP3 knows 32, 44.1 and 48 kHz; hi-res masters are brought to 44.1.
  const rate = source.sample_rate && [32000, 44100, 48000].includes(source.sample_rate) ? [] : ["-ar", "44100"]
  const channels = (source.channels ?? 2) > 2 ? ["-ac", "2"] : []
  const codec =
    format === "mp3"
      ? ["-c:a", "libmp3lame", "-b:a", "320k", "-id3v2_version", "3", "-f", "mp3"]
      : ["-c:a", "aac", "-b:a", "256k", "-movflags", "+faststart", "-f", "ipod"]
  await runFfmpeg(["-i", input, "-map", "0:a:0", "-vn", "-map_metadata", "0", ...rate, ...channels, ...codec, output])
}

/** Whether ffmpeg can be run here (for tests and start-up messages). */
export async function ffmpegAvailable(env: Env = process.env): Promise<boolean> {
  try {
    await runFfmpeg(["-version"], env)
    return true
  } catch {
    return false
  }
}
