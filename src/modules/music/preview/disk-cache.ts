import { randomBytes } from "node:crypto"
import fs from "node:fs/promises"
import path from "node:path"

const SUFFIX = ".wav"
/** A temporary file this old was left by a writer that died. */
const STALE_TMP_MS = 10 * 60 * 1000

/**
 * Clips on disk, at most `maxBytes` of them: the least recently used go
 * first. Recency lives in memory (a Map in use order), read back from the
 * files' times when the server starts; a disk hit also touches the file so
 * that the next start sees it. Writes go to a temporary file renamed into
 * place, so a reader never sees half a clip. Servers sharing the folder each
 * keep the bound for what they know of; a file another one removed is
 * simply rendered again.
 */
export class DiskClipCache {
  private files = new Map<string, number>()
  private total = 0
  private ready?: Promise<void>

  constructor(
    readonly dir: string,
    readonly maxBytes: number
  ) {}

  get bytes() {
    return this.total
  }

  async read(key: string): Promise<Buffer | undefined> {
    if (this.maxBytes <= 0) return undefined
    await this.scan()
    const name = fileName(key)
    const file = path.join(this.dir, name)
    const clip = await fs.readFile(file).catch(() => undefined)
    if (!clip) {
      this.forget(name)
      return undefined
    }
    this.note(name, clip.length)
    const now = new Date()
    fs.utimes(file, now, now).catch(() => {})
    await this.evict(name)
    return clip
  }

  /** Stores a clip; a folder that cannot be written only costs speed. */
  async write(key: string, clip: Buffer): Promise<void> {
    if (this.maxBytes <= 0 || clip.length > this.maxBytes) return
    await this.scan()
    const name = fileName(key)
    const file = path.join(this.dir, name)
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
    try {
      await fs.mkdir(this.dir, { recursive: true })
      await fs.writeFile(tmp, clip)
      await fs.rename(tmp, file)
    } catch {
      await fs.rm(tmp, { force: true }).catch(() => {})
      return
    }
    this.note(name, clip.length)
    await this.evict(name)
  }

  private scan(): Promise<void> {
    this.ready ??= (async () => {
      const names = await fs.readdir(this.dir).catch(() => [] as string[])
      const found: { name: string; size: number; used: number }[] = []
      const now = Date.now()
      await Promise.all(
        names.map(async (name) => {
          const stat = await fs.stat(path.join(this.dir, name)).catch(() => undefined)
          if (!stat?.isFile()) return
          if (name.endsWith(".tmp")) {
            if (now - stat.mtimeMs > STALE_TMP_MS) await fs.rm(path.join(this.dir, name), { force: true }).catch(() => {})
          } else if (name.endsWith(SUFFIX)) {
            found.push({ name, size: stat.size, used: Math.max(stat.atimeMs, stat.mtimeMs) })
          }
        })
      )
      found.sort((a, b) => a.used - b.used)
      for (const f of found) this.note(f.name, f.size)
      // The bound may have been lowered since the files were written.
      await this.evict()
    })()
    return this.ready
  }

  /** Records a file as the most recently used. */
  private note(name: string, size: number) {
    this.forget(name)
    this.files.set(name, size)
    this.total += size
  }

  private forget(name: string) {
    const size = this.files.get(name)
    if (size === undefined) return
    this.files.delete(name)
    this.total -= size
  }

  private async evict(keep?: string) {
    const doomed: string[] = []
    for (const [name] of this.files) {
      if (this.total <= this.maxBytes) break
      if (name === keep) continue
      this.forget(name)
      doomed.push(name)
    }
    await Promise.all(doomed.map((name) => fs.rm(path.join(this.dir, name), { force: true }).catch(() => {})))
  }
}

function fileName(key: string) {
  return `${key.replace(/[^\w.-]/g, "_")}${SUFFIX}`
}
