import os from "node:os"
import path from "node:path"
import { Worker } from "node:worker_threads"
import type { DemoClipInput } from "./demo-clip"

/** Every render thread is busy and the waiting line is full: try later. */
export class RenderQueueFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("Too many previews are being prepared right now; try again shortly.")
    this.name = "RenderQueueFullError"
  }
}

export type RenderPoolOptions = {
  /** Render threads; defaults to one per core but one, at least one. */
  size?: number
  /** Renders that may wait for a thread; more are refused. */
  maxQueue?: number
}

type Job = {
  key: string
  input: DemoClipInput
  resolve: (clip: Buffer) => void
  reject: (e: Error) => void
}

type Slot = { worker: Worker; job?: Job; started: number }

export const defaultPoolSize = () => Math.max(1, os.availableParallelism() - 1)

/**
 * Renders demo clips on worker threads, so that the ~0.1 s of CPU a clip
 * costs never stalls the event loop that serves every other request. The
 * waiting line is bounded: past it, render() fails at once with
 * RenderQueueFullError rather than letting a burst pile up memory and
 * latency. Identical concurrent requests share one render.
 */
export class RenderPool {
  readonly size: number
  readonly maxQueue: number
  private slots: Slot[] = []
  private queue: Job[] = []
  private inFlight = new Map<string, Promise<Buffer>>()
  private nextId = 1
  private renders = 0
  /** Moving average of a render's wall time, for Retry-After. */
  private averageMs = 100

  constructor(options: RenderPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? defaultPoolSize())
    this.maxQueue = Math.max(0, options.maxQueue ?? 32)
  }

  /** The clip for `key`, rendered from `input` by the first caller to ask. */
  render(key: string, input: DemoClipInput): Promise<Buffer> {
    const shared = this.inFlight.get(key)
    if (shared) return shared
    const busy = this.slots.filter((s) => s.job).length
    if (busy >= this.size && this.queue.length >= this.maxQueue) {
      return Promise.reject(new RenderQueueFullError(this.retryAfterSeconds()))
    }
    const job = new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ key, input, resolve, reject })
    }).finally(() => this.inFlight.delete(key))
    this.inFlight.set(key, job)
    this.dispatch()
    return job
  }

  stats() {
    return {
      busy: this.slots.filter((s) => s.job).length,
      waiting: this.queue.length,
      threads: this.slots.length,
      renders: this.renders,
    }
  }

  /** Stops every thread; waiting and running renders fail. */
  async close() {
    const slots = this.slots
    this.slots = []
    for (const job of this.queue.splice(0)) job.reject(new Error("The render pool was closed."))
    await Promise.all(
      slots.map((s) => {
        s.job?.reject(new Error("The render pool was closed."))
        s.job = undefined
        return s.worker.terminate()
      })
    )
  }

  private retryAfterSeconds() {
    const ahead = this.queue.length + this.size
    return Math.min(60, Math.max(1, Math.ceil((ahead * this.averageMs) / this.size / 1000)))
  }

  private dispatch() {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.job)
      if (!slot && this.slots.length < this.size) slot = this.spawn()
      if (!slot) return
      const job = this.queue.shift()!
      slot.job = job
      slot.started = Date.now()
      // A thread at work keeps the process alive; an idle one does not.
      slot.worker.ref()
      slot.worker.postMessage({ id: this.nextId++, input: job.input })
    }
  }

  private spawn(): Slot {
    const worker = startRenderWorker()
    const slot: Slot = { worker, started: 0 }
    worker.on("message", (msg: { clip?: Uint8Array; error?: string }) => {
      const job = slot.job
      slot.job = undefined
      worker.unref()
      if (job) {
        this.renders++
        this.averageMs = 0.8 * this.averageMs + 0.2 * (Date.now() - slot.started)
        if (msg.clip) job.resolve(Buffer.from(msg.clip.buffer, msg.clip.byteOffset, msg.clip.byteLength))
        else job.reject(new Error(`Rendering the preview failed: ${msg.error}`))
      }
      this.dispatch()
    })
    // A thread that dies takes only its own render with it; the next
    // dispatch starts a fresh one.
    const lost = (e: Error) => {
      if (!this.slots.includes(slot)) return
      this.slots = this.slots.filter((s) => s !== slot)
      slot.job?.reject(e)
      slot.job = undefined
      this.dispatch()
    }
    worker.on("error", lost)
    worker.on("exit", (code) => lost(new Error(`A preview render thread stopped (exit code ${code}).`)))
    this.slots.push(slot)
    return slot
  }
}

/**
 * The built server (.medusa/server) runs compiled JavaScript; `medusa
 * develop` and the tests run this TypeScript through a require hook that a
 * worker thread does not inherit, so there the thread registers ts-node
 * (with SWC, as tsconfig.json says) before loading the worker.
 */
function startRenderWorker(): Worker {
  const ext = path.extname(__filename)
  const file = path.join(__dirname, `render-worker${ext}`)
  if (ext !== ".ts") return new Worker(file)
  const tsNode = require.resolve("ts-node")
  return new Worker(
    `require(${JSON.stringify(tsNode)}).register({ projectSearchDir: ${JSON.stringify(__dirname)}, transpileOnly: true });` +
      `require(${JSON.stringify(file)})`,
    { eval: true }
  )
}
