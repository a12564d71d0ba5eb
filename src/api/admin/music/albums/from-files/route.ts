import path from "node:path"
import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { AlbumPlanError, planAlbum, type ReadFile } from "../../../../../lib/audio/album-plan"
import { AudioRefusedError, MASTER_FORMATS, readAudioFile } from "../../../../../lib/audio/metadata"
import { storedName } from "../../../../../lib/audio/stored-files"
import { masterMetadata, type MasterMetadata } from "../../../../../lib/audio/track-suggestions"
import { BodyTooLargeError, ensureWorkDir, masterMaxBytes, removeQuietly } from "../../../../../lib/audio/work-files"
import { createAlbumFromFilesWorkflow } from "../../../../../workflows/music/create-album-from-files"
import { answerRefusedUpload } from "../../utils/upload-errors"
import { AlbumFromFilesFields, type AlbumFromFilesQueryType } from "../validators"

/** ALBUM_MAX_FILES: the most files one album upload takes (100 by default). */
const maxFiles = () => {
  const raw = process.env.ALBUM_MAX_FILES?.trim()
  if (raw && (!/^\d+$/.test(raw) || Number(raw) < 1)) throw new Error(`ALBUM_MAX_FILES must be a whole number, at least 1 (got "${raw}").`)
  return raw ? Number(raw) : 100
}

type Uploaded = { originalname: string; path: string; size: number }

/** Reads the multipart body: files to the work folder (never memory), at most MASTER_MAX_BYTES each. */
function receive(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<{ files: Uploaded[]; fields: Record<string, unknown> }> {
  const upload = multer({
    storage: multer.diskStorage({
      destination: (_req: unknown, _file: unknown, done: (e: Error | null, dir: string) => void) => {
        ensureWorkDir().then((dir) => done(null, dir), (e) => done(e, ""))
      },
      filename: (_req: unknown, _file: unknown, done: (e: Error | null, name: string) => void) =>
        // A random name without extension: the client's name goes nowhere near
        // the disk, and music-metadata reads the bytes rather than trusting it.
        done(null, randomUUID()),
    }),
    // Browsers send UTF-8 file names without saying so.
    defParamCharset: "utf8",
    limits: { fileSize: masterMaxBytes(), files: maxFiles(), fields: 20, fieldSize: 4096 },
  }).array("files")
  return new Promise((resolve, reject) =>
    upload(req as any, res as any, (e: any) => {
      const files: Uploaded[] = ((req as any).files ?? []) as Uploaded[]
      if (!e) return resolve({ files, fields: { ...((req as any).body ?? {}) } })
      removeQuietly(...files.map((f) => f.path)).finally(() => {
        if (e.code === "LIMIT_FILE_SIZE") reject(new BodyTooLargeError(masterMaxBytes()))
        else if (e.code === "LIMIT_FILE_COUNT") reject(new MedusaError(MedusaError.Types.INVALID_DATA, `files: at most ${maxFiles()} files in one album.`))
        else if (e.code === "LIMIT_UNEXPECTED_FILE") reject(new MedusaError(MedusaError.Types.INVALID_DATA, `files: send the audio files in the multipart field "files" (got "${e.field}").`))
        else if (e.code) reject(new MedusaError(MedusaError.Types.INVALID_DATA, `The form could not be read: ${e.message}${e.field ? ` (${e.field})` : ""}.`))
        else reject(new MedusaError(MedusaError.Types.INVALID_DATA, `The request is not a multipart form with the files in "files": ${e.message}`))
      })
    })
  )
}

/**
 * POST /admin/music/albums/from-files (multipart: audio files in `files`,
 * optional `artist`, `title` and `unit_price` fields; `?dry_run=true` only
 * reads them). Every file is read with music-metadata (415 naming the file
 * for one that is not MP3, FLAC, AAC/M4A or WAV audio); the album is planned
 * from the tags (src/lib/audio/album-plan.ts: artist, title, disc and track
 * order; 400 when the files do not make one album) and made by
 * createAlbumFromFilesWorkflow: artist found by name or created, masters
 * stored as private files with their previews, album, tracks and product,
 * all undone on failure. Answers the album, its tracks and any warning (no
 * preview without ffmpeg).
 */
export async function POST(req: AuthenticatedMedusaRequest<unknown, AlbumFromFilesQueryType>, res: MedusaResponse) {
  const { dry_run } = req.validatedQuery as AlbumFromFilesQueryType
  let files: Uploaded[] = []
  try {
    const received = await receive(req, res)
    files = received.files
    const parsed = AlbumFromFilesFields.safeParse(received.fields)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const field = issue.path.join(".")
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        issue.code === "unrecognized_keys" ? `Unknown field(s): ${(issue as any).keys.join(", ")}` : issue.message.startsWith(field) ? issue.message : `${field}: ${issue.message}`
      )
    }
    if (!files.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, 'files: send at least one audio file in the multipart field "files".')

    const read: ReadFile[] = []
    for (const f of files) {
      if (!f.size) throw new AudioRefusedError(`${f.originalname} is empty.`)
      read.push({ filename: f.originalname, size: f.size, info: await readAudioFile(f.path, f.originalname) })
    }
    const plan = planAlbum(read, { artist: parsed.data.artist, title: parsed.data.title })
    const tracks = plan.tracks.map((t) => {
      const file = read[t.file]
      const format = MASTER_FORMATS[file.info.format]
      return {
        name: t.name,
        track_number: t.track_number,
        composer: t.composer,
        genre: t.genre,
        milliseconds: t.milliseconds,
        bytes: file.size,
        work_path: files[t.file].path,
        stored_name: storedName(path.parse(file.filename).name, format.ext),
        content_type: format.contentType,
        format: file.info.format,
        metadata: masterMetadata(file.info, file.size, file.filename) as MasterMetadata,
      }
    })
    const described = (ids?: { id: string; master_file_id: string; preview_file_id: string | null }[]) =>
      tracks.map((t, i) => ({
        ...(ids ? { id: ids[i].id, master_file_id: ids[i].master_file_id, preview_file_id: ids[i].preview_file_id } : {}),
        name: t.name,
        track_number: t.track_number,
        disc_number: plan.tracks[i].disc_number,
        tag_track_number: plan.tracks[i].tag_track_number,
        composer: t.composer,
        genre: t.genre,
        milliseconds: t.milliseconds,
        filename: plan.tracks[i].filename,
        format: t.format,
        bitrate: t.metadata.bitrate,
        tags: t.metadata.tags,
      }))

    if (dry_run) {
      res.json({ dry_run: true, album: { title: plan.title, artist: { name: plan.artist } }, tracks: described() })
      return
    }
    const { result } = await createAlbumFromFilesWorkflow(req.scope).run({
      input: { artist: plan.artist, title: plan.title, unit_price: parsed.data.unit_price, tracks },
    })
    res.status(201).json({
      album: {
        id: result.album.id,
        title: result.album.title,
        cover_url: result.album.cover_url,
        product_id: result.album.product_id,
        artist: { id: result.artist.id, name: result.artist.name, created: result.artist.created },
      },
      tracks: described(result.audio),
      warnings: result.warnings,
    })
  } catch (e) {
    if (e instanceof AlbumPlanError) throw new MedusaError(MedusaError.Types.INVALID_DATA, e.message)
    if (!answerRefusedUpload(res, e)) throw e
  } finally {
    await removeQuietly(...files.map((f) => f.path))
  }
}
