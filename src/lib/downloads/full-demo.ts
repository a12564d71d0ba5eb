import { randomBytes } from "node:crypto"
import fs from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { DEMO_CLIP_VERSION, DemoClipInput } from "../../modules/music/preview/demo-clip"
import { RenderPool } from "../../modules/music/preview/render-pool"

type Env = Record<string, string | undefined>

export type DemoTrack = {
  id: string
  name: string
  milliseconds: number
  artist?: string
  genre?: string | null
}

export type DemoFile = { path: string; size: number; key: string; seconds: number }

/**
 * FULL_DEMO_MAX_SECONDS (default 1800): the longest demo rendered. A render
 * holds the whole track in memory (about 8 bytes a sample at 16 kHz, 0.7 GB
 * for Chinook's 90-minute episodes), so longer tracks get this much.
 */
export function fullDemoMaxSeconds(env: Env = process.env): number {
  const raw = env.FULL_DEMO_MAX_SECONDS?.trim()
  if (!raw) return 1800
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`FULL_DEMO_MAX_SECONDS must be a whole number (got "${raw}").`)
  return Number(raw)
}

/**
 * Owners of a track without a master hear its generated demo at full length
 * (the 30-second preview's generator, same seed). Renders run on their own
 * worker thread, one at a time, so a long track never stalls the event loop
 * nor the previews' threads; the file is kept on disk (at most `maxBytes`,
 * least recently used removed first) so that the player's many Range
 * requests and a later download read a file instead of rendering again.
 */
export class FullDemoFiles {
  private inFlight = new Map<string, Promise<DemoFile>>()

  constructor(
    readonly dir: string,
    readonly maxBytes: number,
    private readonly pool: RenderPool = new RenderPool({ size: 1, maxQueue: 8 }),
    private readonly maxSeconds: number = fullDemoMaxSeconds()
  ) {}

  /** The demo's file, rendered first if needed; may throw RenderQueueFullError. */
  file(track: DemoTrack): Promise<DemoFile> {
    const seconds = Math.max(1, Math.min(this.maxSeconds, Math.round(track.milliseconds / 1000)))
    const key = `${track.id}-v${DEMO_CLIP_VERSION}-full-${seconds}s`
    const shared = this.inFlight.get(key)
    if (shared) return shared
    const job = this.load(key, seconds, track).finally(() => this.inFlight.delete(key))
    this.inFlight.set(key, job)
    return job
  }

  close() {
    return this.pool.close()
  }

  private async load(key: string, seconds: number, track: DemoTrack): Promise<DemoFile> {
    const file = path.join(this.dir, `${key.replace(/[^\w.-]/g, "_")}.wav`)
    const stat = await fs.stat(file).catch(() => undefined)
    if (stat?.isFile()) {
      const now = new Date()
      fs.utimes(file, now, now).catch(() => {})
      return { path: file, size: stat.size, key, seconds }
    }
    const input: DemoClipInput = { seed: track.id, seconds, title: track.name, artist: track.artist, genre: track.genre }
    const clip = await this.pool.render(key, input)
    await fs.mkdir(this.dir, { recursive: true })
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
    await fs.writeFile(tmp, clip)
    await fs.rename(tmp, file)
    await this.evict(file)
    return { path: file, size: clip.length, key, seconds }
  }

  /** Removes the least recently used renders past the bound. Open readers keep their file. */
  private async evict(keep: string) {
    const names = await fs.readdir(this.dir).catch(() => [] as string[])
    const files = (
      await Promise.all(
        names
          .filter((n) => n.endsWith(".wav"))
          .map(async (n) => {
            const p = path.join(this.dir, n)
            const s = await fs.stat(p).catch(() => undefined)
            return s ? { p, size: s.size, used: Math.max(s.atimeMs, s.mtimeMs) } : undefined
          })
      )
    ).filter((f): f is { p: string; size: number; used: number } => !!f)
    let total = files.reduce((sum, f) => sum + f.size, 0)
    for (const f of files.sort((a, b) => a.used - b.used)) {
      if (total <= this.maxBytes) break
      if (f.p === keep) continue
      await fs.rm(f.p, { force: true }).catch(() => {})
      total -= f.size
    }
  }
}

/** The server's demo renders, from FULL_DEMO_CACHE_DIR and FULL_DEMO_CACHE_MAX_BYTES (MB, default 2048). */
export function createFullDemoFiles(env: Env = process.env): FullDemoFiles {
  const dir = env.FULL_DEMO_CACHE_DIR || path.join(os.tmpdir(), "chinook-records-full-demos")
  const raw = env.FULL_DEMO_CACHE_MAX_MB?.trim()
  if (raw && !/^\d+$/.test(raw)) throw new Error(`FULL_DEMO_CACHE_MAX_MB must be a whole number of megabytes (got "${raw}").`)
  return new FullDemoFiles(dir, (raw ? Number(raw) : 2048) * 1024 * 1024)
}

let shared: FullDemoFiles | undefined

/** The server's one set of demo renders, shared by the routes that issue and serve URLs. */
export function fullDemoFiles(): FullDemoFiles {
  return (shared ??= createFullDemoFiles())
}
