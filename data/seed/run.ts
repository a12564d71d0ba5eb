import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { randomBytes } from "node:crypto"
import path from "node:path"
import { ensureStaffLogin, LoginConflictError } from "../../src/lib/staff-login"
import { ensureStoreSetup } from "../../src/lib/store-setup"
import { importCatalogue } from "./catalogue"
import { deliverImportedOrders } from "./deliveries"
import { importOrders } from "./orders"
import { importCustomers, importEmployees } from "./people"
import { importPlaylists } from "./playlists"
import { Progress } from "./progress"
import { loadChinookData, SeedError } from "./source"

export const DEFAULT_ADMIN_EMAIL = "admin@chinook.test"

/**
 * `npm run seed` (and `npm start` on an empty database): makes the store
 * sellable, creates the first staff login and imports the Chinook dataset.
 * Safe to run again: it creates only what is missing.
 */
export async function runImport(container: MedusaContainer, log: (m: string) => void = () => {}) {
  const root = path.resolve(__dirname, "../..")
  const data = await loadChinookData({ root, log })
  const setup = await ensureStoreSetup(container)
  const admin = await ensureAdminLogin(container, log)
  log(`Store ready: region ${setup.region_id}; admin login ${admin.created ? "created" : "unchanged"}.`)

  const progress = new Progress(log)
  await importCatalogue(container, data, progress, log)
  await importEmployees(container, data, progress)
  await importCustomers(container, data, progress)
  await importPlaylists(container, data, progress)
  await importOrders(container, data, setup, progress)
  const started = Date.now()
  const delivered = await deliverImportedOrders(container)
  if (delivered) log(`Delivered ${delivered} imported orders (${((Date.now() - started) / 1000).toFixed(1)} s).`)
  return { setup, progress }
}

/**
 * The first staff login. Without ADMIN_PASSWORD it gets a random password,
 * printed once here: a published default would open every store's admin.
 */
async function ensureAdminLogin(container: MedusaContainer, log: (m: string) => void) {
  const email = (process.env.ADMIN_EMAIL || DEFAULT_ADMIN_EMAIL).toLowerCase()
  const password = process.env.ADMIN_PASSWORD || randomBytes(15).toString("base64url")
  try {
    const admin = await ensureStaffLogin(container, { email, password })
    if (admin.created && !process.env.ADMIN_PASSWORD) {
      log(`Admin login created: ${email} / ${password} (generated; shown only this once)`)
    }
    return admin
  } catch (e) {
    if (e instanceof LoginConflictError) {
      throw new SeedError(`ADMIN_EMAIL: ${e.message.replace(/Give the staff member another email address\.$/, "")}Set ADMIN_EMAIL to another address.`)
    }
    throw e
  }
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
