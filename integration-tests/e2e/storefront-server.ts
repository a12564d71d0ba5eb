import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"

export const STOREFRONT_DIR = path.resolve(__dirname, "../../storefront")

/** Debian's Chromium; playwright-core drives it and never downloads a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
]

export function assertChromium() {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. Install Debian's: apt-get update && apt-get install -y --no-install-recommends chromium`
    )
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on("error", reject)
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

export type StorefrontServer = {
  url: string
  /** What the server printed, for failure messages. */
  output: () => string
  stop: () => Promise<void>
}

/**
 * Starts the built storefront (`next start`, as in production) on a free
 * port with the given environment and waits until it answers HTTP.
 * `npm run build --prefix storefront` must have run (scripts/test.mjs does).
 */
export async function startStorefront(env: Record<string, string | undefined>): Promise<StorefrontServer> {
  if (!fs.existsSync(path.join(STOREFRONT_DIR, ".next", "BUILD_ID"))) {
    throw new Error("The storefront is not built: run `npm run build --prefix storefront` first.")
  }
  const port = await freePort()
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    MEDUSA_BACKEND_URL: undefined,
    MEDUSA_PUBLISHABLE_KEY: undefined,
    MEDUSA_REGION_ID: undefined,
    ...env,
  }
  for (const k of Object.keys(childEnv)) {
    if (childEnv[k] === undefined) delete childEnv[k]
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(STOREFRONT_DIR, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    // Its own process group, so stop() reaches anything it starts.
    { cwd: STOREFRONT_DIR, env: childEnv, stdio: ["ignore", "pipe", "pipe"], detached: true }
  )
  let log = ""
  child.stdout!.on("data", (d) => (log += d))
  child.stderr!.on("data", (d) => (log += d))
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  let alive = true
  void exited.then(() => (alive = false))

  const stop = async () => {
    if (!alive || child.pid === undefined) return
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {
      return
    }
    const killed = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])
    if (!killed) {
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {}
      await exited
    }
  }

  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (!alive) {
      throw new Error(`The storefront exited before answering:\n${log}`)
    }
    try {
      await fetch(`${url}/icon.svg`, { signal: AbortSignal.timeout(2000) })
      break
    } catch {
      if (Date.now() > deadline) {
        await stop()
        throw new Error(`The storefront did not answer on ${url} within 60 s:\n${log}`)
      }
      await sleep(200)
    }
  }
  return { url, output: () => log, stop }
}

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms))
}
