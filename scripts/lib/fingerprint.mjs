// A hash of the files a build step reads, so `npm start` rebuilds only when
// one of them changed.
import { createHash } from "node:crypto"
import fs from "node:fs"
import path from "node:path"

const SKIP = new Set(["node_modules", ".next", ".medusa", ".data", ".cache", ".git", "__tests__"])

function walk(p, out) {
  const st = fs.statSync(p, { throwIfNoEntry: false })
  if (!st) return
  if (st.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) {
      if (!SKIP.has(name)) walk(path.join(p, name), out)
    }
  } else {
    out.push(p)
  }
}

/** `settings`: values besides the files that the step bakes into what it makes. */
export function fingerprint(root, entries, settings = []) {
  const files = []
  for (const e of entries) walk(path.join(root, e), files)
  const h = createHash("sha256")
  for (const f of files) {
    h.update(path.relative(root, f))
    h.update(fs.readFileSync(f))
  }
  for (const value of settings) h.update(`\0${value}`)
  return h.digest("hex")
}

export function readState(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    return {}
  }
}

export function writeState(file, state) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, JSON.stringify(state, null, 2))
}
