import fs from "node:fs"
import { pipeline } from "node:stream/promises"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { parseByteRange } from "./byte-range"
import { contentDisposition } from "./content-disposition"
import { ifRangeAllowsRange } from "./entity-tags"

export type FileToSend = {
  path: string
  size: number
  contentType: string
  filename: string
  disposition: "inline" | "attachment"
  /** A strong tag: the bytes behind it never change. */
  etag: string
}

// Large reads keep the disk and the socket busy with few system calls: at
// the default 64 KB a 100 MB file is 1600 round trips through the stream.
const READ_CHUNK = 1024 * 1024

/**
 * Sends a file with Content-Length, Content-Disposition and one HTTP byte
 * range (206, or 416 past the end), read from disk as it is sent. A client
 * that goes away stops the read.
 */
export async function sendFile(req: MedusaRequest, res: MedusaResponse, file: FileToSend) {
  res.setHeader("Accept-Ranges", "bytes")
  res.setHeader("ETag", file.etag)
  res.setHeader("Content-Type", file.contentType)
  res.setHeader("Content-Disposition", contentDisposition(file.filename, file.disposition))

  const range = ifRangeAllowsRange(req.headers["if-range"], file.etag)
    ? parseByteRange(req.headers.range, file.size)
    : undefined
  if (range === "unsatisfiable") {
    res.setHeader("Content-Range", `bytes */${file.size}`)
    res.status(416).end()
    return
  }
  const start = range?.start ?? 0
  const end = range?.end ?? file.size - 1
  if (range) res.setHeader("Content-Range", `bytes ${start}-${end}/${file.size}`)
  res.setHeader("Content-Length", String(end - start + 1))
  res.status(range ? 206 : 200)
  if (req.method === "HEAD" || file.size === 0) {
    res.end()
    return
  }
  try {
    await pipeline(fs.createReadStream(file.path, { start, end, highWaterMark: READ_CHUNK }), res)
  } catch (e) {
    // Once bytes went out there is no status left to tell: the connection
    // closes short of Content-Length, which clients read as a failure. A
    // listener that left midway lands here too.
    if (!res.headersSent) throw e
    res.destroy()
  }
}
