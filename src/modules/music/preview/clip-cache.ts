import { DiskClipCache } from "./disk-cache"

/**
 * Generated clips, kept in memory (least recently played out first, bounded
 * by bytes) and on disk (bounded too), so a clip is rendered once per server
 * rather than per request, and the catalogue's clips are never written ahead
 * of time. Concurrent requests for the same clip share one lookup and one
 * rendering.
 */
export class ClipCache {
  private memory = new Map<string, Buffer>()
  private bytes = 0
  private pending = new Map<string, Promise<Buffer>>()

  constructor(
    private readonly disk: DiskClipCache,
    private readonly memoryMaxBytes: number
  ) {}

  get memoryBytes() {
    return this.bytes
  }

  /** The clip for `key`, rendered by `render` when no cache has it. */
  get(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
    const hit = this.memory.get(key)
    if (hit) {
      this.memory.delete(key)
      this.memory.set(key, hit)
      return Promise.resolve(hit)
    }
    let job = this.pending.get(key)
    if (!job) {
      job = this.load(key, render).finally(() => this.pending.delete(key))
      this.pending.set(key, job)
    }
    return job
  }

  private async load(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
    let clip = await this.disk.read(key)
    if (!clip) {
      clip = await render()
      await this.disk.write(key, clip)
    }
    this.remember(key, clip)
    return clip
  }

  private remember(key: string, clip: Buffer) {
    if (clip.length > this.memoryMaxBytes) return
    this.memory.set(key, clip)
    this.bytes += clip.length
    for (const [oldest, old] of this.memory) {
      if (this.bytes <= this.memoryMaxBytes) break
      this.memory.delete(oldest)
      this.bytes -= old.length
    }
  }
}
