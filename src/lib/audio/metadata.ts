import path from "node:path"

/*
 * What staff upload as a master is read with music-metadata: its format,
 * duration, bitrate and tags. music-metadata 11 is an ES module; Node 20.19+
 * loads it with require() (its "module-sync" export). It is loaded through
 * Node's own require, reached by process.getBuiltinModule, not through the
 * importing module's: jest replaces module loading (createRequire included)
 * with its own, which cannot load ES modules, and the HTTP tests run the app
 * inside jest.
 */
// The part of music-metadata's IAudioMetadata read here (its types are ESM-only).
type IAudioMetadata = {
  format: {
    container?: string
    codec?: string
    lossless?: boolean
    hasAudio?: boolean
    duration?: number
    bitrate?: number
    sampleRate?: number
    numberOfChannels?: number
    tagTypes?: string[]
  }
  common: {
    title?: string
    artist?: string
    albumartist?: string
    album?: string
    track?: { no: number | null; of: number | null }
    disk?: { no: number | null; of: number | null }
    genre?: string[]
    composer?: string[]
  }
}
type MusicMetadata = { parseFile(file: string, options?: { duration?: boolean; skipCovers?: boolean }): Promise<IAudioMetadata> }
let loaded: MusicMetadata | undefined
function musicMetadata(): MusicMetadata {
  if (!loaded) {
    const nodeModule = (process as any).getBuiltinModule?.("node:module") ?? require("node:module")
    loaded = nodeModule.createRequire(__filename)("music-metadata") as MusicMetadata
  }
  return loaded
}

/** The formats accepted for masters, with what a file of each is named and sent as. */
export const MASTER_FORMATS = {
  mp3: { label: "MP3", ext: ".mp3", contentType: "audio/mpeg" },
  flac: { label: "FLAC", ext: ".flac", contentType: "audio/flac" },
  m4a: { label: "AAC (M4A)", ext: ".m4a", contentType: "audio/mp4" },
  aac: { label: "AAC (ADTS)", ext: ".aac", contentType: "audio/aac" },
  wav: { label: "WAV", ext: ".wav", contentType: "audio/wav" },
} as const
export type MasterFormat = keyof typeof MASTER_FORMATS

export const ACCEPTED_FORMATS_TEXT = "MP3, FLAC, AAC/M4A or WAV"

/** A file that is not audio, or audio in a format masters are not kept in: answered 415. */
export class AudioRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "AudioRefusedError"
  }
}

/** Tags that fill a track's fields (null when the file has none). */
export type AudioTags = {
  title: string | null
  artist: string | null
  album_artist: string | null
  album: string | null
  track_number: number | null
  track_total: number | null
  disc_number: number | null
  genre: string | null
  composer: string | null
}

export type AudioInfo = {
  format: MasterFormat
  /** As music-metadata names them, e.g. "MPEG" / "MPEG 1 Layer 3". */
  container: string
  codec: string | null
  lossless: boolean
  duration_ms: number
  /** Bits per second (average for variable-bitrate files). */
  bitrate: number | null
  sample_rate: number | null
  channels: number | null
  tags: AudioTags
}

/**
 * Which accepted format a parsed file is, from its container and codec (what
 * the bytes say, never the file name); undefined when it is none of them.
 */
export function formatOf(container: string, codec: string | undefined): MasterFormat | undefined {
  const c = container.toUpperCase()
  const k = (codec ?? "").toUpperCase()
  if (c === "MPEG" && k.includes("LAYER 3")) return "mp3"
  if (c === "FLAC") return "flac"
  if (c === "WAVE" && (k === "PCM" || k.includes("IEEE_FLOAT") || k === "")) return "wav"
  if (c.startsWith("M4A") || c.startsWith("MP4") || c.startsWith("ISOM")) return k.includes("AAC") || k.includes("MPEG-4") ? "m4a" : undefined
  if (c === "ADTS") return "aac"
  return undefined
}

/** Tag text as the database can keep it: no NULs or control characters, trimmed, bounded. */
export function cleanTag(value: unknown, max = 300): string | null {
  const text = Array.isArray(value) ? value.filter(Boolean).join(", ") : value
  if (typeof text !== "string") return null
  const clean = text.replace(/[\x00-\x1f\x7f\uFFFD]+/g, " ").replace(/\s+/g, " ").trim()
  return clean ? clean.slice(0, max) : null
}

/**
 * RIFF INFO tags are Latin-1 by their specification, but ffmpeg and many
 * taggers write UTF-8 there: "Ã©" for "é". Text that is valid UTF-8 when its
 * characters are read back as bytes was UTF-8 all along.
 */
export function repairLatin1(text: string | null): string | null {
  if (!text || !/[\u0080-\u00ff]/.test(text) || /[^\u0000-\u00ff]/.test(text)) return text
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(text, "latin1"))
  } catch {
    return text
  }
}

const positive = (n: unknown) => (typeof n === "number" && Number.isInteger(n) && n > 0 && n < 100_000 ? n : null)

/**
 * Reads an audio file's format, duration, bitrate and tags. Throws
 * AudioRefusedError for anything that is not MP3, FLAC, AAC/M4A or WAV audio
 * (a text file, an image, Ogg, a video).
 */
export async function readAudioFile(file: string, name = path.basename(file)): Promise<AudioInfo> {
  const parser = musicMetadata()
  let meta: IAudioMetadata
  try {
    // duration: read to the end when the headers do not say (MP3 without a Xing header).
    meta = await parser.parseFile(file, { duration: true, skipCovers: true })
  } catch (e) {
    throw new AudioRefusedError(`${name} is not an audio file (${ACCEPTED_FORMATS_TEXT} expected): ${(e as Error).message}`)
  }
  const f = meta.format
  const format = f.container ? formatOf(f.container, f.codec) : undefined
  if (!f.container || f.hasAudio === false) {
    throw new AudioRefusedError(`${name} is not an audio file (${ACCEPTED_FORMATS_TEXT} expected).`)
  }
  if (!format) {
    throw new AudioRefusedError(`${name} is ${f.container}${f.codec ? ` (${f.codec})` : ""} audio; masters must be ${ACCEPTED_FORMATS_TEXT}.`)
  }
  if (!f.duration || !Number.isFinite(f.duration) || f.duration <= 0) {
    throw new AudioRefusedError(`${name} holds no audio (${MASTER_FORMATS[format].label} without any sound).`)
  }
  const c = meta.common
  const riff = (f.tagTypes ?? []).includes("exif") // music-metadata's name for RIFF INFO
  const text = (v: unknown) => (riff ? repairLatin1(cleanTag(v)) : cleanTag(v))
  return {
    format,
    container: f.container!,
    codec: f.codec ?? null,
    lossless: !!f.lossless,
    duration_ms: Math.round(f.duration * 1000),
    bitrate: f.bitrate ? Math.round(f.bitrate) : null,
    sample_rate: f.sampleRate ?? null,
    channels: f.numberOfChannels ?? null,
    tags: {
      title: text(c.title),
      artist: text(c.artist),
      album_artist: text(c.albumartist),
      album: text(c.album),
      track_number: positive(c.track?.no),
      track_total: positive(c.track?.of),
      disc_number: positive(c.disk?.no),
      genre: text(c.genre?.[0]),
      composer: text(c.composer),
    },
  }
}
