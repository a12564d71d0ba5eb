import os from "node:os"
import path from "node:path"
import { defaultPoolSize } from "./render-pool"

export type PreviewConfig = {
  /** PREVIEW_WORKERS: render threads. */
  workers: number
  /** PREVIEW_QUEUE: renders that may wait for a thread before 503s. */
  queue: number
  /** PREVIEW_CACHE_DIR */
  cacheDir: string
  /** PREVIEW_CACHE_MAX_BYTES: 0 turns the disk cache off. */
  cacheMaxBytes: number
  /** PREVIEW_MEMORY_MAX_BYTES: 0 turns the memory cache off. */
  memoryMaxBytes: number
}

const MB = 1024 * 1024
const UNITS: Record<string, number> = { "": 1, k: 1024, kb: 1024, m: MB, mb: MB, g: 1024 * MB, gb: 1024 * MB }

/**
 * The preview settings from the environment. A value that is not a whole
 * number (sizes may say KB, MB or GB) stops the server at start, naming the
 * variable, rather than silently running unbounded.
 */
export function readPreviewConfig(env: NodeJS.ProcessEnv = process.env): PreviewConfig {
  return {
    workers: count(env, "PREVIEW_WORKERS", defaultPoolSize(), 1),
    queue: count(env, "PREVIEW_QUEUE", 32, 0),
    cacheDir: env.PREVIEW_CACHE_DIR || path.join(os.tmpdir(), "chinook-records-previews"),
    cacheMaxBytes: size(env, "PREVIEW_CACHE_MAX_BYTES", 256 * MB),
    memoryMaxBytes: size(env, "PREVIEW_MEMORY_MAX_BYTES", 64 * MB),
  }
}

function count(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    throw new Error(`${name} must be a whole number of at least ${min} (got "${raw}").`)
  }
  return Number(raw)
}

function size(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const m = raw.match(/^(\d+)\s*([a-z]*)$/i)
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined
  if (!m || unit === undefined) {
    throw new Error(`${name} must be a size in bytes, or with KB, MB or GB (got "${raw}").`)
  }
  return Number(m[1]) * unit
}
