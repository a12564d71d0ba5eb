import fs from "node:fs"
import path from "node:path"

/*
 * The routes of ours, read from src/api/**\/route.ts (not listed by hand), so
 * that the fuzz and access tests cover a route as soon as it is added.
 */

export const API_ROOT = path.resolve(__dirname, "../../src/api")

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
export type OurRoute = {
  method: Method
  /** Express form: /store/customers/me/playlists/:id/tracks/:track_id */
  path: string
  /** Path parameters with the folder named just before each (what kind of id it holds). */
  params: { name: string; after: string }[]
  file: string
}

const HANDLER = /export\s+(?:async\s+)?(?:function\s+|const\s+)(GET|POST|PUT|PATCH|DELETE)\b/g

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return e.name === "__tests__" ? [] : walk(full)
    return e.name === "route.ts" || e.name === "route.js" ? [full] : []
  })
}

export function ourRoutes(root = API_ROOT): OurRoute[] {
  const routes: OurRoute[] = []
  for (const file of walk(root).sort()) {
    const segments = path.relative(root, path.dirname(file)).split(path.sep)
    const params: OurRoute["params"] = []
    const parts = segments.map((s, i) => {
      const m = /^\[(\w+)\]$/.exec(s)
      if (!m) return s
      params.push({ name: m[1], after: segments[i - 1] ?? "" })
      return `:${m[1]}`
    })
    const source = fs.readFileSync(file, "utf8")
    const methods = new Set([...source.matchAll(HANDLER)].map((m) => m[1] as Method))
    for (const method of methods) routes.push({ method, path: `/${parts.join("/")}`, params, file: path.relative(root, file) })
  }
  return routes
}

/** A route's URL with its parameters filled in (values are put in the path as given: encode them first). */
export function fillPath(route: Pick<OurRoute, "path">, values: Record<string, string>) {
  return route.path.replace(/:(\w+)/g, (_, name) => {
    if (!(name in values)) throw new Error(`No value for :${name} of ${route.path}`)
    return values[name]
  })
}

/**
 * Every key our validators name (`key: z...` or `key: someSchema` inside the
 * route folders' validators): the names a hostile body or query string uses
 * to reach past the "unknown field" check.
 */
export function validatorKeys(root = API_ROOT): string[] {
  const keys = new Set<string>()
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name)
      if (e.isDirectory()) return e.name === "__tests__" ? [] : files(full)
      return /validators?\.ts$|fields\.ts$/.test(e.name) ? [full] : []
    })
  for (const file of files(root)) {
    const source = fs.readFileSync(file, "utf8")
    for (const m of source.matchAll(/\b([a-z][a-z0-9_]*)\s*:\s*(?:z\.|[a-zA-Z_]+[\s,(.)])/g)) keys.add(m[1])
    // Shorthand properties inside z.object({ name, description })
    for (const m of source.matchAll(/z\s*\.object\(\s*\{([^}]*)\}/g)) {
      for (const part of m[1].split(",")) {
        const key = part.trim()
        if (/^[a-z][a-z0-9_]*$/.test(key)) keys.add(key)
      }
    }
  }
  // Words of the code, not fields.
  for (const noise of ["code", "ctx", "value", "default", "https", "http", "param", "shape", "tree", "v", "s"]) keys.delete(noise)
  return [...keys].sort()
}
