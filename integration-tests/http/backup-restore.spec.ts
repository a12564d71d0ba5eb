import { execFile } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { promisify } from "node:util"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { Client } from "pg"
import { ensureStoreSetup } from "../../src/lib/store-setup"
import { MUSIC_MODULE } from "../../src/modules/music"
import type MusicModuleService from "../../src/modules/music/service"
import { syncCatalogueVisibilityWorkflow } from "../../src/workflows/music/sync-catalogue-visibility"
import { registerCustomerWithId } from "../helpers/customer"
import { buy, makeAlbum } from "../helpers/staff-side"

jest.setTimeout(240_000)

const root = path.resolve(__dirname, "../..")
const run = promisify(execFile)
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "chinook-backup-test-"))
// This file's private masters in a folder of its own (medusa-config reads it
// at boot), so the backup's private files are exactly the ones made here.
const mastersDir = path.join(scratch, "masters")
process.env.MASTERS_DIR = mastersDir

/** Every row of the tables that hold orders, ownership and playlists, in id order. */
const COMPARED = ["customer", "order", "order_item", "order_line_item", "payment_collection", "payment", "owned_track", "sale_line", "playlist", "playlist_track"]

async function withDb<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end().catch(() => {})
  }
}

async function snapshot(url: string) {
  return withDb(url, async (c) => {
    const tables = (await c.query("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1")).rows.map((r) => r.table_name as string)
    const counts: Record<string, number> = {}
    for (const t of tables) counts[t] = (await c.query(`select count(*)::int as n from "${t}"`)).rows[0].n
    const rows: Record<string, unknown[]> = {}
    for (const t of COMPARED) rows[t] = (await c.query(`select * from "${t}" order by id`)).rows
    return { counts, rows }
  })
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const restoredName = `chinook-restored-${process.pid}-${Date.now()}`
    let sourceUrl: string
    let restoredUrl: string

    afterAll(async () => {
      if (restoredUrl) {
        const server = new URL(restoredUrl)
        server.pathname = "/postgres"
        await withDb(server.toString(), (c) => c.query(`drop database if exists "${restoredName}" with (force)`)).catch(() => {})
      }
      fs.rmSync(scratch, { recursive: true, force: true })
    })

    it("restores into a fresh database the same orders, ownership and playlists, and the files", async () => {
      const container = getContainer()
      sourceUrl = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.databaseUrl!
      const setup = await ensureStoreSetup(container)
      const album = await makeAlbum(container, "Backup Tapes", [{ name: "Reel One" }, { name: "Reel Two" }, { name: "Reel Three" }])
      const music: MusicModuleService = container.resolve(MUSIC_MODULE)
      const { product_id } = (await music.retrieveAlbum(album.id)) as any
      await syncCatalogueVisibilityWorkflow(container).run({ input: { product_ids: [product_id] } })

      // Two customers buy through the real cart flow and make playlists.
      const ann = await registerCustomerWithId(api, setup.publishable_key, { email: "ann.backup@example.test" })
      const bob = await registerCustomerWithId(api, setup.publishable_key, { email: "bob.backup@example.test" })
      const annOrder = await buy(api, container, setup, ann.auth, [album.tracks[0].variant_id, album.tracks[1].variant_id])
      const bobOrder = await buy(api, container, setup, bob.auth, [album.tracks[2].variant_id])
      const playlist = async (auth: any, name: string, trackIds: string[]) =>
        (await api.post("/store/customers/me/playlists", { name, track_ids: trackIds }, auth)).data.playlist.id as string
      const annList = await playlist(ann.auth, "Ann's reels", [album.tracks[1].id, album.tracks[0].id])
      const bobList = await playlist(bob.auth, "Bob's reel", [album.tracks[2].id])

      // A private master and a public file, as the File Module stores them.
      const files = container.resolve(Modules.FILE)
      const master = Buffer.from(`master bytes ${Date.now()}`)
      const [privateFile, publicFile] = await files.createFiles([
        { filename: "backup-master.flac", mimeType: "audio/flac", content: master.toString("base64"), access: "private" },
        { filename: "backup-cover.svg", mimeType: "image/svg+xml", content: Buffer.from("<svg/>").toString("base64"), access: "public" },
      ] as any)

      const before = await snapshot(sourceUrl)
      // What is compared is really there.
      expect(before.rows.order.map((o: any) => o.id).sort()).toEqual([annOrder.id, bobOrder.id].sort())
      expect(before.rows.owned_track).toHaveLength(3)
      expect(before.rows.playlist.map((p: any) => p.id).sort()).toEqual([annList, bobList].sort())
      expect(before.rows.playlist_track).toHaveLength(3)

      const env = { ...process.env, DATABASE_URL: sourceUrl, MASTERS_DIR: mastersDir, NODE_OPTIONS: "" }
      const backup = await run(process.execPath, ["scripts/backup.mjs", "--out", path.join(scratch, "backups")], { cwd: root, env })
      const backupDir = backup.stdout.trim().split("\n").pop()!
      expect(path.dirname(backupDir)).toBe(path.join(scratch, "backups"))
      const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, "manifest.json"), "utf8"))
      expect(manifest.counts).toMatchObject({ order: 2, owned_track: 3, playlist: 2, playlist_track: 3 })
      expect(manifest.files.private.files).toBe(1)

      // Into a database that does not exist yet, and empty folders.
      restoredUrl = Object.assign(new URL(sourceUrl), { pathname: `/${restoredName}` }).toString()
      const staticDir = path.join(scratch, "restored-static")
      const privateDir = path.join(scratch, "restored-private")
      const target = ["--database-url", restoredUrl, "--static-dir", staticDir, "--private-dir", privateDir]
      await run(process.execPath, ["scripts/restore.mjs", backupDir, ...target], { cwd: root, env })

      const after = await snapshot(restoredUrl)
      expect(after.counts).toEqual(before.counts)
      for (const table of COMPARED) expect({ table, rows: after.rows[table] }).toEqual({ table, rows: before.rows[table] })
      expect(fs.readFileSync(path.join(privateDir, privateFile.id))).toEqual(master)
      expect(fs.readFileSync(path.join(staticDir, publicFile.id), "utf8")).toBe("<svg/>")

      // A second restore onto the database is refused (before any file is
      // touched), naming the way out.
      const elsewhere = ["--static-dir", path.join(scratch, "other-static"), "--private-dir", path.join(scratch, "other-private")]
      const again = await run(process.execPath, ["scripts/restore.mjs", backupDir, "--database-url", restoredUrl, ...elsewhere], { cwd: root, env }).catch((e) => e)
      expect(again.code).toBe(2)
      expect(again.stderr).toMatch(new RegExp(`Database "${restoredName}" already holds \\d+ tables.*--force`))
      expect(fs.existsSync(path.join(scratch, "other-private"))).toBe(false)
    })
  },
})
