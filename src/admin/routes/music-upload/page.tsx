import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUpTray } from "@medusajs/icons"
import { Alert, Badge, Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useRef, useState, type DragEvent } from "react"

/*
 * "Upload album": staff drop the tagged files of one album, see what was
 * read from them (the server reads the tags: POST
 * /admin/music/albums/from-files?dry_run=true), correct the artist or title
 * if they must, and create the album with its masters and previews in one go.
 */

type PlannedTrack = {
  id?: string
  name: string
  track_number: number
  disc_number: number | null
  tag_track_number: number | null
  composer: string | null
  genre: string | null
  milliseconds: number
  filename: string
  format: string
  bitrate: number | null
  preview_file_id?: string | null
}

type Plan = { album: { title: string; artist: { name: string } }; tracks: PlannedTrack[] }
type Created = {
  album: { id: string; title: string; product_id: string; artist: { id: string; name: string; created: boolean } }
  tracks: PlannedTrack[]
  warnings: string[]
}

const ACCEPT = ".mp3,.flac,.m4a,.aac,.wav,audio/mpeg,audio/flac,audio/mp4,audio/aac,audio/wav,audio/x-wav"

function duration(ms: number) {
  const s = Math.round(ms / 1000)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`
}

/** Sends the files (and the fields) as the route expects: multipart, files in "files". */
async function send<T>(files: File[], fields: Record<string, string>, dryRun: boolean): Promise<T> {
  const form = new FormData()
  for (const f of files) form.append("files", f, f.name)
  for (const [k, v] of Object.entries(fields)) if (v.trim()) form.append(k, v.trim())
  const res = await fetch(`/admin/music/albums/from-files${dryRun ? "?dry_run=true" : ""}`, {
    method: "POST",
    body: form,
    credentials: "include",
  })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(body.message ?? `The server answered ${res.status}.`)
  return body as T
}

const UploadAlbumPage = () => {
  const input = useRef<HTMLInputElement>(null)
  const [files, setFiles] = useState<File[]>([])
  const [plan, setPlan] = useState<Plan | null>(null)
  const [created, setCreated] = useState<Created | null>(null)
  const [fields, setFields] = useState({ artist: "", title: "", unit_price: "" })
  const [busy, setBusy] = useState<"reading" | "creating" | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [dragging, setDragging] = useState(false)

  const read = async (chosen: File[], overrides = fields) => {
    setFiles(chosen)
    setPlan(null)
    setCreated(null)
    setError(null)
    if (!chosen.length) return
    setBusy("reading")
    try {
      setPlan(await send<Plan>(chosen, overrides, true))
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(null)
    }
  }

  const create = async () => {
    setBusy("creating")
    setError(null)
    try {
      const result = await send<Created>(files, fields, false)
      setCreated(result)
      setPlan(null)
      toast.success(`"${result.album.title}" created with ${result.tracks.length} tracks`)
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(null)
    }
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault()
    setDragging(false)
    read(Array.from(e.dataTransfer.files))
  }

  const shown = created?.tracks ?? plan?.tracks ?? []
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Upload album</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Drop the MP3, FLAC, AAC/M4A or WAV files of one album. Their tags give the artist, the album title and the
          track order (disc, then track number); each file becomes a track with its master and a 30-second preview.
        </Text>
      </div>

      <div className="px-6 py-4">
        <div
          role="button"
          tabIndex={0}
          aria-label="Choose audio files"
          onClick={() => input.current?.click()}
          onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && input.current?.click()}
          onDragOver={(e) => {
            e.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          className={`flex cursor-pointer flex-col items-center gap-2 rounded-lg border border-dashed px-6 py-8 ${
            dragging ? "border-ui-border-interactive bg-ui-bg-highlight" : "border-ui-border-strong"
          }`}
        >
          <ArrowUpTray />
          <Text size="small">{files.length ? `${files.length} file(s) chosen: drop others to replace them` : "Drop audio files here, or click to choose"}</Text>
          <input
            ref={input}
            type="file"
            multiple
            accept={ACCEPT}
            className="hidden"
            onChange={(e) => read(Array.from(e.target.files ?? []))}
          />
        </div>
      </div>

      {(plan || created) && (
        <div className="grid grid-cols-3 gap-4 px-6 py-4">
          {(["artist", "title", "unit_price"] as const).map((field) => (
            <div key={field} className="flex flex-col gap-1">
              <Label htmlFor={`upload-${field}`} size="small">
                {field === "artist" ? "Artist" : field === "title" ? "Album title" : "Price of each track"}
              </Label>
              <Input
                id={`upload-${field}`}
                size="small"
                disabled={!!created}
                placeholder={field === "artist" ? plan?.album.artist.name : field === "title" ? plan?.album.title : "0.99"}
                value={fields[field]}
                onChange={(e) => setFields({ ...fields, [field]: e.target.value })}
                onBlur={() => field !== "unit_price" && plan && read(files)}
              />
            </div>
          ))}
        </div>
      )}

      {error && (
        <div className="px-6 py-4">
          <Alert variant="error">{error}</Alert>
        </div>
      )}
      {created?.warnings.map((w) => (
        <div key={w} className="px-6 py-2">
          <Alert variant="warning">{w}</Alert>
        </div>
      ))}

      {shown.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>#</Table.HeaderCell>
              <Table.HeaderCell>Title</Table.HeaderCell>
              <Table.HeaderCell>Disc / track tag</Table.HeaderCell>
              <Table.HeaderCell>Length</Table.HeaderCell>
              <Table.HeaderCell>Format</Table.HeaderCell>
              <Table.HeaderCell>Composer</Table.HeaderCell>
              <Table.HeaderCell>Genre</Table.HeaderCell>
              <Table.HeaderCell>File</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {shown.map((t) => (
              <Table.Row key={t.filename}>
                <Table.Cell>{t.track_number}</Table.Cell>
                <Table.Cell>
                  {t.name}
                  {created && !t.preview_file_id && (
                    <Badge size="2xsmall" color="orange" className="ml-2">
                      no preview
                    </Badge>
                  )}
                </Table.Cell>
                <Table.Cell>
                  {t.disc_number ?? "–"} / {t.tag_track_number ?? "–"}
                </Table.Cell>
                <Table.Cell>{duration(t.milliseconds)}</Table.Cell>
                <Table.Cell>
                  {t.format.toUpperCase()}
                  {t.bitrate ? ` · ${Math.round(t.bitrate / 1000)} kbps` : ""}
                </Table.Cell>
                <Table.Cell>{t.composer ?? ""}</Table.Cell>
                <Table.Cell>{t.genre ?? ""}</Table.Cell>
                <Table.Cell className="text-ui-fg-subtle">{t.filename}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}

      <div className="flex items-center justify-end gap-2 px-6 py-4">
        {created ? (
          <>
            <Text size="small">
              {created.album.artist.created ? "New artist" : "Existing artist"} {created.album.artist.name}
            </Text>
            <Button size="small" variant="secondary" asChild>
              <a href={`/app/products/${created.album.product_id}`}>Open the album's product</a>
            </Button>
            <Button size="small" variant="secondary" onClick={() => read([])}>
              Upload another
            </Button>
          </>
        ) : (
          <Button size="small" disabled={!plan || !!busy} isLoading={busy === "creating"} onClick={create}>
            {busy === "reading" ? "Reading tags…" : plan ? `Create "${fields.title.trim() || plan.album.title}"` : "Create album"}
          </Button>
        )}
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Upload album", icon: ArrowUpTray })

export default UploadAlbumPage
