// Runs data/synthetic/run.ts (`medusa exec`) against a benchmark database.
import path from "node:path"
import { exec } from "../../scripts/lib/exec.mjs"
import { medusaEnv } from "./database.mjs"

/** @param {{root: string, db: object, scale?: number, remove?: boolean}} o */
export async function runSynthetic({ root, db, scale, remove = false }) {
  const t = Date.now()
  const res = await exec(path.join(root, "node_modules", ".bin", "medusa"), ["exec", "./data/synthetic/run.ts"], {
    cwd: root,
    env: medusaEnv(db, {
      SYNTHETIC_SCALE: String(scale ?? 0),
      SYNTHETIC_REMOVE: remove ? "1" : "0",
    }),
  })
  if (res.status !== 0) throw new Error("The synthetic catalogue script failed (see above).")
  return (Date.now() - t) / 1000
}
