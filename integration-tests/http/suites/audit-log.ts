import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MUSIC_MODULE } from "../../../src/modules/music"
import type MusicModuleService from "../../../src/modules/music/service"
import { createAlbumsWorkflow } from "../../../src/workflows/music/create-albums"
import { createMusicTaxonomyWorkflow } from "../../../src/workflows/music/create-music-taxonomy"
import { failure, sellVariant, staffHeaders, storeSetup } from "../../helpers/catalogue-fixtures"
import { registerCustomer } from "../../helpers/customer"

export default function auditLogSuite({ api, getContainer }: MedusaSuiteOptions) {
  let admin: { headers: Record<string, string> }
  let staffUser: { id: string; email: string }
  let ids: { artist: string; keep: string; keepTracks: string[]; doomed: string; product: string }

  const music = (): MusicModuleService => getContainer().resolve(MUSIC_MODULE)
  const log = async (params = "") => (await api.get(`/admin/audit-log${params}`, admin)).data

  beforeAll(async () => {
    const container = getContainer()
    await storeSetup(container)
    admin = await staffHeaders(api, container, "auditor-staff@example.com")
    const [user] = await container.resolve(Modules.USER).listUsers({ email: "auditor-staff@example.com" })
    staffUser = { id: user.id, email: user.email }

    const [artist] = await music().createArtists([{ name: "Elis Regina" }])
    const [genre] = await music().createGenres([{ name: "MPB" }])
    const [mpeg] = await music().createMediaTypes([{ name: "MPEG audio file" }])
    await createMusicTaxonomyWorkflow(container).run({
      input: { artists: [{ id: artist.id, name: artist.name, handle: "elis" }], genres: [{ id: genre.id, name: genre.name, handle: "mpb" }] },
    })
    const track = (name: string) => ({ name, milliseconds: 200_000, unit_price: 0.99, genre_id: genre.id, media_type_id: mpeg.id })
    const { result } = await createAlbumsWorkflow(container).run({
      input: {
        albums: [
          { title: "Falso Brilhante", artist_id: artist.id, tracks: [track("Como Nossos Pais"), track("Velha Roupa")] },
          { title: "Unwanted Demo", artist_id: artist.id, tracks: [track("Take One")] },
        ],
      },
    })
    const [keep, doomed] = result
    const [row] = await music().listAlbums({ id: keep.id }, { select: ["id", "product_id"] })
    ids = { artist: artist.id, keep: keep.id, keepTracks: keep.tracks.map((t) => t.id), doomed: doomed.id, product: row.product_id! }
  })

  it("answers 401 without a staff login, a customer's included", async () => {
    expect((await failure(api.get("/admin/audit-log"))).status).toBe(401)
    const { publishable_key } = (await storeSetup(getContainer())).setup
    const customer = await registerCustomer(api, publishable_key, { email: "curious@example.com" })
    expect((await failure(api.get("/admin/audit-log", { headers: { authorization: customer.headers.authorization } }))).status).toBe(401)
  })

  it("records price changes, bulk ones included, publishing, unpublishing and deletions with the staff member", async () => {
    const started = new Date()
    await api.post(`/admin/music/albums/${ids.keep}`, { price: 5.49 }, admin)
    await api.post(`/admin/music/albums/${ids.keep}`, { published: false }, admin)
    await api.post(`/admin/music/albums/${ids.keep}`, { published: true }, admin)
    const body = { scope: { album_id: ids.keep }, change: { mode: "set", value: 1.11 } }
    const { data: plan } = await api.post("/admin/music/prices/preview", body, admin)
    await api.post("/admin/music/prices/apply", { ...body, token: plan.token }, admin)
    await api.delete(`/admin/music/albums/${ids.doomed}`, admin)
    // Medusa's own product route: taking the album's product back to draft.
    await api.post(`/admin/products/${ids.product}`, { status: "draft" }, admin)
    // A refused change leaves no entry.
    expect((await failure(api.post(`/admin/music/albums/${ids.keep}`, { price: -1 }, admin))).status).toBe(400)

    const { audit_entries, count } = await log()
    expect(count).toBe(6)
    const who = { actor_id: staffUser.id, actor_email: "auditor-staff@example.com" }
    // Newest first.
    expect(audit_entries.map((e: any) => [e.entity, e.action])).toEqual([
      ["product", "unpublish"],
      ["album", "delete"],
      ["prices", "price_change"],
      ["album", "publish"],
      ["album", "unpublish"],
      ["album", "price_change"],
    ])
    for (const e of audit_entries) {
      expect(e).toMatchObject(who)
      expect(Date.parse(e.created_at)).toBeGreaterThanOrEqual(started.getTime() - 1000)
      expect(Date.parse(e.created_at)).toBeLessThanOrEqual(Date.now())
    }
    const [product, deletion, bulk, publish, unpublish, price] = audit_entries
    expect(price).toMatchObject({
      entity_id: ids.keep,
      summary: 'Album "Falso Brilhante": price: 1.98 → 5.49',
      changes: { before: { price: 1.98 }, after: { price: 5.49 } },
    })
    // Unpublishing takes the album out of the sales channels and its product back to draft.
    expect(unpublish.summary).toBe('Album "Falso Brilhante": status: "published" → "draft"; published: true → false')
    expect(publish.changes).toEqual({ before: { status: "draft", published: false }, after: { status: "published", published: true } })
    expect(bulk.entity_id).toBe(`album_id=${ids.keep}`)
    expect(bulk.summary).toMatch(/^Bulk price change \(set 1\.11, tracks\): 2 prices set in USD, e\.g\. track "(Como Nossos Pais|Velha Roupa)" 0\.99 → 1\.11$/)
    expect(bulk.changes.before).toEqual(
      expect.arrayContaining(ids.keepTracks.map((id) => expect.objectContaining({ kind: "track", id, amount: 0.99 })))
    )
    expect(bulk.changes.after.map((l: any) => l.amount)).toEqual([1.11, 1.11])
    expect(deletion).toMatchObject({ entity: "album", entity_id: ids.doomed, summary: 'Album "Unwanted Demo" deleted', changes: { after: null } })
    expect(deletion.changes.before).toMatchObject({ title: "Unwanted Demo" })
    expect(product).toMatchObject({ entity_id: ids.product, summary: 'Product "Falso Brilhante": status: "published" → "draft"' })

    // Filters and pages.
    expect((await log("?entity=album")).count).toBe(4)
    expect((await log("?action=delete")).audit_entries.map((e: any) => e.entity_id)).toEqual([ids.doomed])
    expect((await log(`?actor_id=${staffUser.id}`)).count).toBe(6)
    expect((await log("?actor_id=user_someone_else")).count).toBe(0)
    const today = new Date().toISOString().slice(0, 10)
    expect((await log(`?from=${today}&to=${today}`)).count).toBe(6)
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
    expect((await log(`?from=${tomorrow}`)).count).toBe(0)

    const all = (await log()).audit_entries.map((e: any) => e.id)
    const page = await log("?limit=3&offset=2")
    expect(page).toMatchObject({ count: 6, limit: 3, offset: 2 })
    expect(page.audit_entries.map((e: any) => e.id)).toEqual(all.slice(2, 5))

    for (const [params, field] of [
      ["?entity=planet", /entity/],
      ["?from=yesterday", /from/],
      ["?limit=0", /limit/],
      ["?actor_id=%27%3B%20drop", /actor_id/],
      ["?colour=red", /colour/],
    ] as const) {
      const res = await failure(api.get(`/admin/audit-log${params}`, admin))
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(field)
    }
  })

  it("records a refund with the staff member who made it", async () => {
    const container = getContainer()
    const { setup } = await storeSetup(container)
    const [album] = await music().listAlbums({ id: ids.keep }, { select: ["id", "full_variant_id"] })
    const orderId = await sellVariant(container, setup, ids.keep, album.full_variant_id!)
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["payment_collections.payments.id"],
      filters: { id: orderId },
    })
    const paymentId = (data[0] as any).payment_collections[0].payments[0].id
    await api.post(`/admin/payments/${paymentId}/refund`, { amount: 0.5, note: "Customer bought it twice" }, admin)

    const { audit_entries } = await log("?action=refund")
    expect(audit_entries).toHaveLength(1)
    expect(audit_entries[0]).toMatchObject({
      entity: "payment",
      entity_id: paymentId,
      actor_id: staffUser.id,
      actor_email: "auditor-staff@example.com",
      summary: `Refunded 0.5 USD of payment ${paymentId}: "Customer bought it twice"`,
      changes: { before: { refunded: 0 }, after: { refunded: 0.5, amount: 0.5 } },
    })
  })

  it("records employee edits", async () => {
    const { data } = await api.post("/admin/employees", { first_name: "Nara", last_name: "Leão", email: "nara@example.com" }, admin)
    await api.post(`/admin/employees/${data.employee.id}`, { title: "Sales Support Agent" }, admin)
    const { audit_entries } = await log("?entity=employee")
    expect(audit_entries).toMatchObject([
      { action: "update", entity_id: data.employee.id, summary: 'Employee "Nara Leão": title: none → "Sales Support Agent"', actor_id: staffUser.id },
      { action: "create", entity_id: data.employee.id, summary: 'Employee "Nara Leão" created', actor_id: staffUser.id },
    ])
  })
}
