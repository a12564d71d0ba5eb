/**
 * A small per-process cache for catalogue data that changes seldom and is
 * read on every page view. Entries expire after `ttlMs`, the oldest go first
 * beyond `maxEntries`, and concurrent misses for one key share one load.
 * Each server keeps its own: staleness is bounded by the TTL, not by
 * cross-server invalidation.
 */
export class TtlCache<V> {
  private entries = new Map<string, { value: V; until: number }>()
  private loading = new Map<string, Promise<V>>()

  constructor(private readonly ttlMs: number, private readonly maxEntries = 1000) {}

  async get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key)
    if (hit && hit.until > Date.now()) return hit.value
    let pending = this.loading.get(key)
    if (!pending) {
      pending = load()
        .then((value) => {
          this.entries.delete(key)
          this.entries.set(key, { value, until: Date.now() + this.ttlMs })
          for (const oldest of this.entries.keys()) {
            if (this.entries.size <= this.maxEntries) break
            this.entries.delete(oldest)
          }
          return value
        })
        .finally(() => this.loading.delete(key))
      this.loading.set(key, pending)
    }
    return pending
  }

  /**
   * Values for many keys at once: those not cached are loaded together by
   * `loadMissing`, which returns what it found (keys it leaves out are cached
   * as undefined, i.e. absent).
   */
  async getMany(keys: string[], loadMissing: (keys: string[]) => Promise<Map<string, V>>): Promise<Map<string, V>> {
    const now = Date.now()
    const found = new Map<string, V>()
    const missing: string[] = []
    for (const key of new Set(keys)) {
      const hit = this.entries.get(key)
      if (hit && hit.until > now) found.set(key, hit.value)
      else missing.push(key)
    }
    if (missing.length) {
      const loaded = await loadMissing(missing)
      for (const key of missing) {
        const value = loaded.get(key) as V
        this.entries.delete(key)
        this.entries.set(key, { value, until: Date.now() + this.ttlMs })
        found.set(key, value)
      }
      for (const oldest of this.entries.keys()) {
        if (this.entries.size <= this.maxEntries) break
        this.entries.delete(oldest)
      }
    }
    return found
  }

  delete(key: string) {
    this.entries.delete(key)
  }
}
