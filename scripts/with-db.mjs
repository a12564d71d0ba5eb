// Runs one command (a medusa CLI call) with DATABASE_URL pointing at the
// project's database, starting the embedded server for it when needed.
import { spawn } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { resolveDatabase } from "./lib/database.mjs"
import { localSecrets } from "./lib/secrets.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
// A .env at the root counts as environment, as it does for Medusa itself.
try {
  process.loadEnvFile(path.join(root, ".env"))
} catch {}
const [cmd, ...args] = process.argv.slice(2)

let db
try {
  db = await resolveDatabase({ root })
} catch (e) {
  console.error(`\n${e.message}\n`)
  process.exit(1)
}
const child = spawn(cmd, args, {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    // The same JWT and cookie secrets as `npm start`, so a command run here
    // under NODE_ENV=production passes the production checks too.
    ...localSecrets(root),
    PATH: `${path.join(root, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}`,
    DATABASE_URL: db.url,
    MEDUSA_DISABLE_TELEMETRY: "true",
  },
  shell: process.platform === "win32",
})
const forward = (sig) => child.kill(sig)
process.on("SIGINT", forward)
process.on("SIGTERM", forward)
child.on("exit", async (code) => {
  await db.stop()
  process.exit(code ?? 1)
})
