import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import path from "node:path"
import { ensureStaffLogin } from "../../src/lib/staff-login"
import { ensureStoreSetup } from "../../src/lib/store-setup"
import { importCatalogue } from "./catalogue"
import { importOrders } from "./orders"
import { importCustomers, importEmployees } from "./people"
import { importPlaylists } from "./playlists"
import { Progress } from "./progress"
import { loadChinookData, SeedError } from "./source"

export const DEFAULT_ADMIN_EMAIL = "admin@chinook.test"
export const DEFAULT_ADMIN_PASSWORD = "chinook-admin"

/**
 * `npm run seed` (and `npm start` on an empty database): makes the store
 * sellable, creates the first staff login and imports the Chinook dataset.
 * Safe to run again: it creates only what is missing.
 */
export async function runImport(container: MedusaContainer, log: (m: string) => void = () => {}) {
  const root = path.resolve(__dirname, "../..")
  const data = await loadChinookData({ root, log })
  const setup = await ensureStoreSetup(container)
  const admin = await ensureStaffLogin(container, {
    email: process.env.ADMIN_EMAIL || DEFAULT_ADMIN_EMAIL,
    password: process.env.ADMIN_PASSWORD || DEFAULT_ADMIN_PASSWORD,
  })
  log(`Store ready: region ${setup.region_id}; admin login ${admin.created ? "created" : "unchanged"}.`)

  const progress = new Progress(log)
  await importCatalogue(container, data, progress, log)
  await importEmployees(container, data, progress)
  await importCustomers(container, data, progress)
  await importPlaylists(container, data, progress)
  await importOrders(container, data, setup, progress)
  return { setup, progress }
}

export default async function seed({ container }: ExecArgs) {
  const log = (m: string) => console.log(m)
  try {
    const { progress } = await runImport(container, log)
    log(`\nChinook import finished:\n${progress.summary()}`)
  } catch (e: any) {
    if (e instanceof SeedError) {
      console.error(`\nImport stopped: ${e.message}\n`)
      process.exitCode = 1
      return
    }
    throw e
  }
}
