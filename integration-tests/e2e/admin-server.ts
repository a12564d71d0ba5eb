import { spawn } from "node:child_process"
import { createHash } from "node:crypto"
import fs from "node:fs"
import http from "node:http"
import path from "node:path"
import type { Page } from "playwright-core"
import { freePort } from "./storefront-server"

const ROOT = path.resolve(__dirname, "../..")
const CACHE = path.join(ROOT, ".cache", "admin-e2e")

/*
 * The admin in a browser test. medusaIntegrationTestRunner turns the admin
 * off (test-utils' config override) and serves the API on a port chosen at
 * boot, so the test builds Medusa's admin bundle itself, as `medusa build`
 * does (@medusajs/admin-bundler, our src/admin extensions included), but
 * with the backend URL "/": the bundle then calls the API on whatever origin
 * serves it. A small server serves the bundle at /app and passes every other
 * request to the test's backend, so the admin's session cookie is set and
 * sent on one origin, as with `medusa start`.
 */

/** What the bundle is made from: a change to any of it makes a new build. */
function buildKey() {
  const h = createHash("sha256")
  const walk = (p: string) => {
    const st = fs.statSync(p, { throwIfNoEntry: false })
    if (!st) return
    if (st.isDirectory()) for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name))
    else h.update(path.relative(ROOT, p)).update(fs.readFileSync(p))
  }
  for (const entry of ["src/admin", "package-lock.json"]) walk(path.join(ROOT, entry))
  return h.digest("hex").slice(0, 16)
}

/** Builds the admin bundle unless this build key has one; returns its folder. About a minute on 2 cores when it builds. */
export async function ensureAdminBuild(log: (m: string) => void = () => {}): Promise<string> {
  const outDir = path.join(CACHE, buildKey())
  const built = () => fs.existsSync(path.join(outDir, "index.html"))
  if (built()) return outDir
  // npm test runs test files in two processes at once: the first to need the
  // bundle builds it under this lock, the other waits for it.
  const lock = `${CACHE}.lock`
  for (const until = Date.now() + 10 * 60_000; ; ) {
    try {
      fs.mkdirSync(path.dirname(lock), { recursive: true })
      fs.mkdirSync(lock)
      break
    } catch (e: any) {
      if (e.code !== "EEXIST") throw e
    }
    if (built()) return outDir
    // Left by a process that was killed mid-build.
    const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
    if (age > 10 * 60_000) fs.rmSync(lock, { recursive: true, force: true })
    else if (Date.now() > until) throw new Error(`Waited 10 minutes for another process's admin build (${lock}).`)
    else await new Promise((r) => setTimeout(r, 1000))
  }
  try {
    if (built()) return outDir
    await buildAdmin(outDir, log)
    return outDir
  } finally {
    fs.rmSync(lock, { recursive: true, force: true })
  }
}

async function buildAdmin(outDir: string, log: (m: string) => void) {
  fs.rmSync(CACHE, { recursive: true, force: true })
  fs.mkdirSync(CACHE, { recursive: true })
  const started = Date.now()
  log(`Building the admin bundle into ${path.relative(ROOT, outDir)}...`)
  const script = `require("@medusajs/admin-bundler")
    .build({ disable: false, sources: [${JSON.stringify(path.join(ROOT, "src", "admin"))}], plugins: [], path: "/app", backendUrl: "/", outDir: ${JSON.stringify(outDir)} })
    .then(() => process.exit(0), (e) => { console.error(e); process.exit(1) })`
  const output = await new Promise<string>((resolve, reject) => {
    // Its own process (vite does not run inside jest's module system), at a low priority.
    const child = spawn("nice", ["-n", "5", process.execPath, "-e", script], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: "production", NODE_OPTIONS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let out = ""
    child.stdout!.on("data", (d) => (out += d))
    child.stderr!.on("data", (d) => (out += d))
    child.on("error", reject)
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`The admin build failed (exit ${code}):\n${out.slice(-4000)}`))))
  })
  if (!fs.existsSync(path.join(outDir, "index.html"))) throw new Error(`The admin build made no index.html:\n${output.slice(-4000)}`)
  log(`Admin bundle built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
}

export type AdminServer = { url: string; stop: () => Promise<void> }

/** Serves the bundle at /app (index.html for its client-side routes) and passes the rest to `backendUrl`. */
export async function startAdmin(bundle: string, backendUrl: string): Promise<AdminServer> {
  const backend = new URL(backendUrl)
  const index = fs.readFileSync(path.join(bundle, "index.html"))
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://admin.local")
    if (url.pathname === "/app" || url.pathname.startsWith("/app/")) {
      const file = path.join(bundle, decodeURIComponent(url.pathname.slice("/app".length)))
      if (file.startsWith(bundle + path.sep) && fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
        res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "max-age=3600" })
        fs.createReadStream(file).pipe(res)
      } else {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" })
        res.end(index)
      }
      return
    }
    const upstream = http.request(
      { host: backend.hostname, port: backend.port, method: req.method, path: req.url, headers: { ...req.headers, host: backend.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on("error", (e) => {
      res.writeHead(502, { "content-type": "text/plain" })
      res.end(`backend unreachable: ${e.message}`)
    })
    req.pipe(upstream)
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve))
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Logs into the admin served at `url` with a staff login, as staff do, and waits for its first page. */
export async function loginToAdmin(page: Page, url: string, staff: { email: string; password: string }) {
  await page.goto(`${url}/app/login`)
  await page.getByPlaceholder("Email").fill(staff.email)
  await page.getByPlaceholder("Password").fill(staff.password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL((u) => u.pathname === "/app/orders")
}
