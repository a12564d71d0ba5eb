import os from "node:os"
import { readPreviewConfig } from "../preview-config"

describe("readPreviewConfig", () => {
  it("bounds everything by default", () => {
    const config = readPreviewConfig({})
    expect(config).toMatchObject({
      workers: Math.max(1, os.availableParallelism() - 1),
      queue: 32,
      cacheMaxBytes: 256 * 1024 * 1024,
      memoryMaxBytes: 64 * 1024 * 1024,
    })
  })

  it("reads counts and sizes with units", () => {
    const config = readPreviewConfig({
      PREVIEW_WORKERS: "3",
      PREVIEW_QUEUE: "0",
      PREVIEW_CACHE_DIR: "/var/cache/previews",
      PREVIEW_CACHE_MAX_BYTES: "2GB",
      PREVIEW_MEMORY_MAX_BYTES: "512k",
    })
    expect(config).toEqual({
      workers: 3,
      queue: 0,
      cacheDir: "/var/cache/previews",
      cacheMaxBytes: 2 * 1024 ** 3,
      memoryMaxBytes: 512 * 1024,
    })
  })

  it("refuses a value it cannot honour, naming the variable", () => {
    expect(() => readPreviewConfig({ PREVIEW_WORKERS: "0" })).toThrow(/PREVIEW_WORKERS/)
    expect(() => readPreviewConfig({ PREVIEW_QUEUE: "-1" })).toThrow(/PREVIEW_QUEUE/)
    expect(() => readPreviewConfig({ PREVIEW_QUEUE: "lots" })).toThrow(/PREVIEW_QUEUE/)
    expect(() => readPreviewConfig({ PREVIEW_CACHE_MAX_BYTES: "1TB" })).toThrow(/PREVIEW_CACHE_MAX_BYTES/)
    expect(() => readPreviewConfig({ PREVIEW_MEMORY_MAX_BYTES: "1.5MB" })).toThrow(/PREVIEW_MEMORY_MAX_BYTES/)
  })
})
