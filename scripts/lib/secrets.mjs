// The backend's JWT and cookie secrets for a store run from this checkout
// (`npm start`, `npm run dev`, `npm run seed`, the benchmarks): generated once
// and kept in .data/secrets.json (readable by this user only), so sessions and
// tokens survive restarts and no published default is ever used. Secrets set
// in the environment win.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

export const SECRET_NAMES = ["JWT_SECRET", "COOKIE_SECRET"]

export const secretsFile = (root) => path.join(root, ".data", "secrets.json")

const generate = () => crypto.randomBytes(32).toString("base64url")

function read(file) {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8"))
    return parsed && typeof parsed === "object" ? parsed : {}
  } catch (e) {
    if (e.code === "ENOENT") return undefined
    return {} // unreadable JSON: generate afresh (only logs everyone out)
  }
}

/** Writes without ever leaving a half-written or world-readable file behind. */
function write(file, secrets, { replace }) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}`
  fs.writeFileSync(tmp, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 })
  try {
    if (replace) fs.renameSync(tmp, file)
    else fs.linkSync(tmp, file) // fails if another process got there first
    return true
  } catch (e) {
    if (e.code === "EEXIST") return false
    throw e
  } finally {
    fs.rmSync(tmp, { force: true })
  }
}

/**
 * `{ JWT_SECRET, COOKIE_SECRET }` for the backend's environment: the
 * environment's own values, else the stored ones, generated on first use.
 */
export function localSecrets(root, env = process.env) {
  const file = secretsFile(root)
  let stored = read(file)
  if (stored === undefined) {
    const fresh = Object.fromEntries(SECRET_NAMES.map((n) => [n, generate()]))
    stored = write(file, fresh, { replace: false }) ? fresh : read(file) ?? {}
  }
  const missing = SECRET_NAMES.filter((n) => typeof stored[n] !== "string" || !stored[n])
  if (missing.length) {
    stored = { ...stored, ...Object.fromEntries(missing.map((n) => [n, generate()])) }
    write(file, stored, { replace: true })
  }
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600)
  return Object.fromEntries(SECRET_NAMES.map((n) => [n, env[n] || stored[n]]))
}
