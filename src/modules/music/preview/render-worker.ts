import { parentPort } from "node:worker_threads"
import { DemoClipInput, renderDemoClip } from "./demo-clip"

/**
 * A render thread of the RenderPool: takes one clip at a time and hands its
 * bytes back without copying them.
 */
parentPort?.on("message", ({ id, input }: { id: number; input: DemoClipInput }) => {
  try {
    const clip = renderDemoClip(input)
    // Clips are large enough to own their ArrayBuffer; a pooled small one
    // is copied so that the transfer never takes others' bytes.
    const owned =
      clip.byteOffset === 0 && clip.byteLength === clip.buffer.byteLength ? clip : Buffer.from(clip)
    parentPort!.postMessage({ id, clip: owned }, [owned.buffer as ArrayBuffer])
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) })
  }
})
