/**
 * A stand-in preview for tracks that have no recording: a short, pleasant
 * loop that is the same every time for the same track (so caches and the
 * player agree) and different from track to track, opening with "DEMO" in
 * Morse and carrying its nature in the file's own title and comment tags.
 */

export const DEMO_CLIP_VERSION = 1
const SAMPLE_RATE = 16_000

export type DemoClipInput = {
  /** Seeds the music; a track id gives each track its own tune. */
  seed: string
  seconds: number
  title: string
  artist?: string
  /** A genre name nudges the tempo: ballads slower, metal faster. */
  genre?: string | null
}

function hash32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** mulberry32: small, fast and good enough to pick notes. */
function random(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FAST = /metal|punk|rock|electr|dance|techno|drum|hip|rap|alternative/i
const SLOW = /blues|classical|jazz|bossa|easy|soundtrack|opera|latin|reggae/i
const PROGRESSIONS = [
  [0, 5, 3, 4],
  [0, 3, 4, 4],
  [5, 3, 0, 4],
  [0, 4, 5, 3],
]
const MAJOR = [0, 2, 4, 5, 7, 9, 11]
const MINOR = [0, 2, 3, 5, 7, 8, 10]
const MORSE_DEMO = "-.. . -- ---"

const freq = (midi: number) => 440 * 2 ** ((midi - 69) / 12)

function render({ seed, seconds, genre }: DemoClipInput): Float32Array {
  const rnd = random(hash32(seed))
  const out = new Float32Array(Math.round(seconds * SAMPLE_RATE))
  let bpm = 84 + Math.floor(rnd() * 48)
  if (genre && FAST.test(genre)) bpm += 24
  else if (genre && SLOW.test(genre)) bpm -= 16
  const beat = 60 / bpm
  const root = 45 + Math.floor(rnd() * 12)
  const scale = rnd() < 0.5 ? MAJOR : MINOR
  const progression = PROGRESSIONS[Math.floor(rnd() * PROGRESSIONS.length)]

  const note = (start: number, length: number, hz: number, gain: number, shape: "sine" | "soft") => {
    const from = Math.floor(start * SAMPLE_RATE)
    const to = Math.min(out.length, Math.floor((start + length) * SAMPLE_RATE))
    const w = (2 * Math.PI * hz) / SAMPLE_RATE
    for (let i = from; i < to; i++) {
      const t = (i - from) / SAMPLE_RATE
      const env = Math.min(1, t / 0.01) * Math.exp(-t * (shape === "sine" ? 3 : 5))
      const x = w * (i - from)
      const v = shape === "sine" ? Math.sin(x) : Math.sin(x) + 0.3 * Math.sin(2 * x) + 0.1 * Math.sin(3 * x)
      out[i] += v * env * gain
    }
  }

  // "DEMO" in Morse, so that nobody mistakes this for the recording.
  let t = 0.15
  const dot = 0.07
  for (const symbol of MORSE_DEMO) {
    if (symbol === " ") {
      t += dot * 2
      continue
    }
    const length = symbol === "." ? dot : dot * 3
    note(t, length, 1046.5, 0.25, "sine")
    t += length + dot
  }
  const start = t + 0.4

  let degree = 0
  for (let b = 0; start + b * beat < seconds; b++) {
    const at = start + b * beat
    const chord = progression[Math.floor(b / 4) % progression.length]
    const chordRoot = root + scale[chord % 7]
    note(at, beat * 0.95, freq(chordRoot - 12), 0.35, "sine")
    if (b % 2 === 1) note(at, beat * 0.9, freq(chordRoot + scale[2] - scale[0]), 0.1, "soft")
    for (let half = 0; half < 2; half++) {
      if (rnd() < 0.2) continue
      degree = Math.max(0, Math.min(9, degree + Math.floor(rnd() * 5) - 2))
      const pitch = root + 12 + scale[degree % 7] + 12 * Math.floor(degree / 7)
      note(at + (half * beat) / 2, beat / 2, freq(pitch), 0.18, "soft")
    }
  }

  // Fade in and out, and keep well clear of clipping.
  const fade = SAMPLE_RATE
  let peak = 0
  for (const v of out) peak = Math.max(peak, Math.abs(v))
  const scaleBy = peak > 0 ? 0.8 / peak : 1
  for (let i = 0; i < out.length; i++) {
    const edge = Math.min(1, (out.length - i) / fade, start * SAMPLE_RATE > i ? 1 : (i + fade) / fade)
    out[i] *= scaleBy * edge
  }
  return out
}

function infoChunk(tags: Record<string, string>): Buffer {
  const parts = Object.entries(tags).map(([id, value]) => {
    const text = Buffer.from(`${value}\0`, "utf8")
    const padded = Buffer.alloc(text.length + (text.length % 2))
    text.copy(padded)
    const head = Buffer.alloc(8)
    head.write(id, 0, "ascii")
    head.writeUInt32LE(text.length, 4)
    return Buffer.concat([head, padded])
  })
  const body = Buffer.concat([Buffer.from("INFO", "ascii"), ...parts])
  const head = Buffer.alloc(8)
  head.write("LIST", 0, "ascii")
  head.writeUInt32LE(body.length, 4)
  return Buffer.concat([head, body])
}

/** The clip as a 16-bit mono PCM WAV file. */
export function renderDemoClip(input: DemoClipInput): Buffer {
  const samples = render(input)
  const pcm = Buffer.alloc(samples.length * 2)
  for (let i = 0; i < samples.length; i++) {
    pcm.writeInt16LE(Math.round(Math.max(-1, Math.min(1, samples[i])) * 32767), i * 2)
  }
  const info = infoChunk({
    INAM: `${input.title} (demo clip)`,
    ...(input.artist ? { IART: input.artist } : {}),
    ICMT: "Generated demo clip: Chinook Records has no recording of this track.",
    ISFT: `Chinook Records demo clip v${DEMO_CLIP_VERSION}`,
  })
  const fmt = Buffer.alloc(24)
  fmt.write("fmt ", 0, "ascii")
  fmt.writeUInt32LE(16, 4)
  fmt.writeUInt16LE(1, 8) // PCM
  fmt.writeUInt16LE(1, 10) // mono
  fmt.writeUInt32LE(SAMPLE_RATE, 12)
  fmt.writeUInt32LE(SAMPLE_RATE * 2, 16)
  fmt.writeUInt16LE(2, 20)
  fmt.writeUInt16LE(16, 22)
  const dataHead = Buffer.alloc(8)
  dataHead.write("data", 0, "ascii")
  dataHead.writeUInt32LE(pcm.length, 4)
  const riff = Buffer.alloc(12)
  riff.write("RIFF", 0, "ascii")
  riff.writeUInt32LE(4 + fmt.length + info.length + dataHead.length + pcm.length, 4)
  riff.write("WAVE", 8, "ascii")
  return Buffer.concat([riff, fmt, info, dataHead, pcm])
}
