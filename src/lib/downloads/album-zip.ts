import type { Readable, Writable } from "node:stream"
import { ZipFile } from "yazl"

export type ZipEntry = { name: string; open: () => Promise<Readable> }

/**
 * Writes a ZIP of `entries` to `out` as it is built: each file is opened
 * only when its turn comes and copied through, stored rather than deflated
 * (audio does not shrink, and deflating would cost CPU per byte). Names
 * are UTF-8; ZIP64 kicks in by itself past 4 GB. Resolves when the archive
 * is written; rejects, leaving `out` to the caller, when a file fails.
 */
export function writeZip(entries: ZipEntry[], out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const zip = new ZipFile()
    let failed = false
    const fail = (e: Error) => {
      if (failed) return
      failed = true
      zip.outputStream.unpipe(out)
      reject(e)
    }
    const mtime = new Date()
    for (const entry of entries) {
      zip.addReadStreamLazy(entry.name, { compress: false, mtime }, (cb) => {
        entry.open().then(
          (stream) => {
            stream.on("error", fail)
            cb(null, stream as NodeJS.ReadableStream)
          },
          (e) => {
            cb(e, undefined as any)
            fail(e)
          }
        )
      })
    }
    zip.end()
    zip.outputStream.on("error", fail)
    out.on("error", fail)
    out.on("close", () => {
      // The client left: stop reading the files behind it.
      if (!(zip.outputStream as Readable).readableEnded) fail(new Error("The client closed the connection."))
    })
    zip.outputStream.pipe(out).on("finish", () => !failed && resolve())
  })
}
