import fs from "node:fs/promises"
import os from "node:os"
import path from "node:path"

/**
 * Generated clips, kept in memory (most recently played first out last) and
 * on disk, so a clip is rendered once per server rather than per request, and
 * 3503 of them are never written ahead of time. Concurrent requests for the
 * same clip share one rendering.
 */
export class ClipCache {
  private memory = new Map<string, Buffer>()
  private bytes = 0
  private pending = new Map<string, Promise<Buffer>>()

  constructor(
    private readonly dir = process.env.PREVIEW_CACHE_DIR || path.join(os.tmpdir(), "chinook-records-previews"),
    private readonly maxBytes = 64 * 1024 * 1024
  ) {}

  async get(key: string, render: () => Buffer): Promise<Buffer> {
    const hit = this.memory.get(key)
    if (hit) {
      this.memory.delete(key)
      this.memory.set(key, hit)
      return hit
    }
    let job = this.pending.get(key)
    if (!job) {
      job = this.load(key, render).finally(() => this.pending.delete(key))
      this.pending.set(key, job)
    }
    return job
  }

  private async load(key: string, render: () => Buffer): Promise<Buffer> {
    const file = path.join(this.dir, `${key.replace(/[^\w.-]/g, "_")}.wav`)
    let clip: Buffer | undefined = await fs.readFile(file).catch(() => undefined)
    if (!clip) {
      const rendered = render()
      clip = rendered
      // A cache that cannot be written (read-only disk) only costs speed.
      await fs
        .mkdir(this.dir, { recursive: true })
        .then(() => fs.writeFile(`${file}.${process.pid}.tmp`, rendered))
        .then(() => fs.rename(`${file}.${process.pid}.tmp`, file))
        .catch(() => {})
    }
    this.remember(key, clip)
    return clip
  }

  private remember(key: string, clip: Buffer) {
    this.memory.set(key, clip)
    this.bytes += clip.length
    for (const [oldest, old] of this.memory) {
      if (this.bytes <= this.maxBytes) break
      this.memory.delete(oldest)
      this.bytes -= old.length
    }
  }
}
