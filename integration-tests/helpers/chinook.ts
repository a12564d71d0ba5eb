import type { MedusaContainer } from "@medusajs/framework/types"
import { runImport } from "../../data/seed/run"
import { fileDatabase, saveAs, settle } from "./database-templates"

/**
 * For a test file that reads the whole imported Chinook catalogue: call at
 * the top of the file, before medusaIntegrationTestRunner. When an earlier
 * file of this `npm test` run imported Chinook, this file's database starts
 * as a copy of that one, taken right after its import, and
 * importChinook() then has nothing to do.
 */
export function startFromImportedChinook() {
  fileDatabase.wantsChinook = true
}

/**
 * runImport (data/seed/run.ts) on this file's database, unless it is
 * already a copy of an imported one. The first import of a run is saved
 * for the files that come after. `always` imports whatever the database
 * holds (chinook-import.spec.ts, which tests the import itself).
 */
export async function importChinook(container: MedusaContainer, { always = false } = {}) {
  if (fileDatabase.restoredFrom === "chinook" && !always) return undefined
  const result = await runImport(container)
  if (fileDatabase.name && fileDatabase.chinookTemplate && fileDatabase.restoredFrom !== "chinook") {
    await settle(container, fileDatabase.name)
    await saveAs(fileDatabase.name, fileDatabase.chinookTemplate)
  }
  return result
}
