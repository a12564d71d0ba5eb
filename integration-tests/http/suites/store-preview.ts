import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ensureStoreSetup } from "../../../src/lib/store-setup"
import { syncCatalogueVisibilityWorkflow } from "../../../src/workflows/music/sync-catalogue-visibility"
import { createTestAlbums, fetchPreview } from "../../helpers/catalogue"
import { storeHeaders } from "../../helpers/purchase"

// Read when the preview route loads: one render thread with one waiting
// place makes the queue's bound easy to reach; a fresh folder means no clip
// is cached from an earlier run.
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "store-preview-test-"))
Object.assign(process.env, { PREVIEW_WORKERS: "1", PREVIEW_QUEUE: "1", PREVIEW_CACHE_DIR: cacheDir })

const ACCENTED = `Águas de Março "Ao Vivo"`

// Previews over HTTP on a small fixture: conditional requests, ranges, the
// file name, the render queue's bound and hidden albums.
export default function storePreviewSuite({ api, getContainer }: MedusaSuiteOptions) {
  let pk: { headers: Record<string, string> }
  let tracks: { id: string; name: string }[]
  let hiddenProductId: string
  let hiddenTrackId: string

  const preview = (trackId: string, headers: Record<string, string> = {}) => fetchPreview(api, pk, trackId, headers)

  beforeAll(async () => {
    const container = getContainer()
    const setup = await ensureStoreSetup(container)
    pk = storeHeaders(setup)
    const track = (name: string, seconds = 200) => ({ name, milliseconds: seconds * 1000, unit_price: 0.99 })
    const result = await createTestAlbums(container, {
      artist: "Elis Regina & Tom Jobim",
      albums: [
        {
          title: "Elis & Tom",
          tracks: [ACCENTED, ...Array.from({ length: 7 }, (_, i) => `Faixa ${i + 2}`)].map((n) => track(n)),
        },
        { title: "Unreleased Takes", tracks: [track("Take 1")] },
      ],
    })
    await syncCatalogueVisibilityWorkflow(container).run({ input: { product_ids: result.map((a) => a.product_id) } })
    tracks = result[0].tracks
    hiddenProductId = result[1].product_id
    hiddenTrackId = result[1].tracks[0].id
  })

  afterAll(() => fs.rmSync(cacheDir, { recursive: true, force: true }))

  it("names the file in UTF-8 with filename*, and in ASCII for old clients", async () => {
    const res = await preview(tracks[0].id)
    expect(res.status).toBe(200)
    expect(res.headers["content-type"]).toBe("audio/wav")
    const disposition: string = res.headers["content-disposition"]
    expect(disposition).toContain(`filename="Aguas de Marco 'Ao Vivo' (demo clip).wav"`)
    const star = disposition.match(/filename\*=UTF-8''([^;\s]+)/)?.[1]
    expect(decodeURIComponent(star!)).toBe(`${ACCENTED} (demo clip).wav`)
  })

  it("answers 304 to If-None-Match by weak comparison, lists and *", async () => {
    const full = await preview(tracks[0].id)
    const etag: string = full.headers.etag
    expect(etag).toMatch(/^"[^"]+"$/)
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, `W/"other",W/${etag}`, "*"]) {
      const res = await preview(tracks[0].id, { "If-None-Match": header })
      expect({ header, status: res.status }).toEqual({ header, status: 304 })
      expect(res.body.length).toBe(0)
      expect(res.headers.etag).toBe(etag)
    }
    expect((await preview(tracks[0].id, { "If-None-Match": `"other", W/"another"` })).status).toBe(200)
    // Another track's tag does not revalidate this one.
    const other = await preview(tracks[1].id)
    expect((await preview(tracks[0].id, { "If-None-Match": other.headers.etag })).status).toBe(200)
  })

  it("serves ranges, honours If-Range only for the current strong tag, and answers 416 past the end", async () => {
    const full = await preview(tracks[0].id)
    const etag: string = full.headers.etag
    const part = await preview(tracks[0].id, { Range: "bytes=100-199", "If-Range": etag })
    expect(part.status).toBe(206)
    expect(part.headers["content-range"]).toBe(`bytes 100-199/${full.body.length}`)
    expect(part.body.equals(full.body.subarray(100, 200))).toBe(true)
    for (const ifRange of [`W/${etag}`, `"other"`, "Wed, 21 Oct 2015 07:28:00 GMT"]) {
      const whole = await preview(tracks[0].id, { Range: "bytes=100-199", "If-Range": ifRange })
      expect({ ifRange, status: whole.status }).toEqual({ ifRange, status: 200 })
      expect(whole.body.equals(full.body)).toBe(true)
    }
    const past = await preview(tracks[0].id, { Range: `bytes=${full.body.length}-` })
    expect(past.status).toBe(416)
    expect(past.headers["content-range"]).toBe(`bytes */${full.body.length}`)
  })

  it("refuses renders past the bounded queue with 503 and Retry-After, and serves them later", async () => {
    const fresh = tracks.slice(2)
    const burst = await Promise.all(fresh.map((t) => preview(t.id)))
    const refused = burst.filter((r) => r.status === 503)
    expect(refused.length).toBeGreaterThan(0)
    expect(burst.every((r) => r.status === 200 || r.status === 503)).toBe(true)
    for (const r of refused) {
      expect(Number(r.headers["retry-after"])).toBeGreaterThanOrEqual(1)
      expect(JSON.parse(r.body.toString("utf8")).message).toMatch(/try again/i)
    }
    for (const t of fresh) {
      expect((await preview(t.id)).status).toBe(200)
    }
    // Cached clips are served while the queue is full: only renders queue.
    const again = await Promise.all([...fresh, tracks[0]].map((t) => preview(t.id)))
    expect(again.map((r) => r.status)).toEqual(again.map(() => 200))
  })

  it("keeps the disk cache to files renamed into place", async () => {
    const names = fs.readdirSync(cacheDir)
    expect(names.length).toBeGreaterThan(0)
    expect(names.every((n) => n.endsWith(".wav"))).toBe(true)
  })

  it("answers 404 for a track whose album is not published in the key's channels", async () => {
    expect((await preview(hiddenTrackId)).status).toBe(200)
    await updateProductsWorkflow(getContainer()).run({
      input: { selector: { id: hiddenProductId }, update: { status: "draft" } },
    })
    await syncCatalogueVisibilityWorkflow(getContainer()).run({ input: { product_ids: [hiddenProductId] } })
    const res = await preview(hiddenTrackId)
    expect(res.status).toBe(404)
    expect(res.headers["content-type"]).toMatch(/json/)
    expect((await preview("trk_nope")).status).toBe(404)
  })
}
