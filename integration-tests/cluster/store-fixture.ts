import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ensureStoreSetup } from "../../src/lib/store-setup"
import { makeAlbum } from "../helpers/staff-side"

/**
 * `medusa exec` script of the cluster tests: makes their fresh database
 * sellable (region, publishable key) with one small album, and writes what
 * the tests need to CLUSTER_FIXTURE_FILE as JSON.
 */
export default async function storeFixture({ container }: ExecArgs) {
  const out = process.env.CLUSTER_FIXTURE_FILE
  if (!out) throw new Error("CLUSTER_FIXTURE_FILE is not set")
  const setup = await ensureStoreSetup(container)
  const album = await makeAlbum(
    container,
    "Cluster Sessions",
    Array.from({ length: 6 }, (_, i) => ({ name: `Take ${i + 1}` }))
  )
  fs.writeFileSync(out, JSON.stringify({ setup, album }))
}
