import fs from "node:fs/promises"

/** The cover images accepted, by what their first bytes say. */
export const COVER_TYPES = {
  "image/jpeg": ".jpg",
  "image/png": ".png",
  "image/webp": ".webp",
} as const
export type CoverType = keyof typeof COVER_TYPES

/** JPEG, PNG or WebP from the file's signature; undefined for anything else (SVG, GIF, text, audio). */
export function imageTypeOf(head: Buffer): CoverType | undefined {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "image/jpeg"
  if (head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png"
  if (head.length >= 12 && head.toString("latin1", 0, 4) === "RIFF" && head.toString("latin1", 8, 12) === "WEBP") return "image/webp"
  return undefined
}

export async function imageTypeOfFile(file: string): Promise<CoverType | undefined> {
  const handle = await fs.open(file, "r")
  try {
    const head = Buffer.alloc(16)
    const { bytesRead } = await handle.read(head, 0, 16, 0)
    return imageTypeOf(head.subarray(0, bytesRead))
  } finally {
    await handle.close()
  }
}
