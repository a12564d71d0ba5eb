import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ffmpegBinary } from "../../src/lib/audio/ffmpeg"

/*
 * Real audio for tests, made with Debian's ffmpeg (FFMPEG_PATH, as the app
 * reads it). The features under test need ffmpeg too, so a missing one fails
 * the test with how to install it, never skips it (CI installs it in .ci/run).
 */

export type Tags = Partial<Record<"title" | "artist" | "album_artist" | "album" | "track" | "disc" | "genre" | "composer", string>>

export const CODECS: Record<string, string[]> = {
  mp3: ["-c:a", "libmp3lame", "-b:a", "192k"],
  flac: ["-c:a", "flac"],
  m4a: ["-c:a", "aac", "-b:a", "128k"],
  wav: ["-c:a", "pcm_s16le", "-ac", "1"],
  ogg: ["-c:a", "libvorbis"],
}

export function requireFfmpeg(testFile: string) {
  try {
    execFileSync(ffmpegBinary(), ["-hide_banner", "-version"], { stdio: "ignore" })
  } catch {
    throw new Error(
      `ffmpeg is not installed (${ffmpegBinary()} cannot be run), and ${testFile} needs it to make its audio and the store's previews: ` +
        "apt-get install -y --no-install-recommends ffmpeg (CI does so in .ci/run)."
    )
  }
}

/**
 * Private folders for the masters, work files and preview caches of one test
 * file, in the environment before medusa-config.ts and the routes read it.
 * Call at the top of the file.
 */
export function useAudioDirs(prefix: string) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`))
  const dirs = { tmp, masters: path.join(tmp, "masters"), work: path.join(tmp, "work"), fixtures: path.join(tmp, "fixtures") }
  fs.mkdirSync(dirs.fixtures)
  Object.assign(process.env, {
    MASTERS_DIR: dirs.masters,
    AUDIO_WORK_DIR: dirs.work,
    FULL_DEMO_CACHE_DIR: path.join(tmp, "demos"),
    PREVIEW_CACHE_DIR: path.join(tmp, "previews"),
  })
  return dirs
}

/** A sine tone of `seconds` with these tags, made by ffmpeg in `dir`, as a file and its bytes. */
export function tone(dir: string, name: string, ext: string, seconds: number, tags: Tags, frequency = 440) {
  const file = path.join(dir, `${name}.${ext}`)
  const meta = Object.entries(tags).flatMap(([k, v]) => ["-metadata", `${k}=${v}`])
  execFileSync(ffmpegBinary(), [
    "-hide_banner", "-loglevel", "error", "-y",
    "-f", "lavfi", "-i", `sine=frequency=${frequency}:duration=${seconds}`,
    "-ac", "2", "-ar", "44100", ...CODECS[ext], ...meta, file,
  ])
  return { file, bytes: fs.readFileSync(file) }
}
