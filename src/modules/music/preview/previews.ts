import { ClipCache } from "./clip-cache"
import { DemoClipInput } from "./demo-clip"
import { DiskClipCache } from "./disk-cache"
import { PreviewConfig, readPreviewConfig } from "./preview-config"
import { RenderPool } from "./render-pool"

export type Previews = {
  config: PreviewConfig
  pool: RenderPool
  cache: ClipCache
  /** The clip from a cache, or rendered off the event loop; may throw RenderQueueFullError. */
  clip(key: string, input: DemoClipInput): Promise<Buffer>
}

/** The server's preview machinery, wired from its settings. */
export function createPreviews(config: PreviewConfig = readPreviewConfig()): Previews {
  const pool = new RenderPool({ size: config.workers, maxQueue: config.queue })
  const cache = new ClipCache(new DiskClipCache(config.cacheDir, config.cacheMaxBytes), config.memoryMaxBytes)
  return { config, pool, cache, clip: (key, input) => cache.get(key, () => pool.render(key, input)) }
}
