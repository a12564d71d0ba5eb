// `npm run bench:download`: a 100 MB master downloaded through the signed
// route (POST /store/customers/me/library/tracks/:id/download, then GET of
// the URL it returns) by its owner, from the production server, next to
// reading the same file from disk with Node on the same machine. Goal: the
// download is at least half as fast as the disk read.
//
// "From disk" is taken literally: before each read and each download the
// file's pages are dropped from the page cache (GNU dd iflag=nocache
// count=0, which touches this file only), so both read the disk. The same
// pair is also measured warm (file in the page cache), where the disk read
// is a memory copy and the figure shows the route's own overhead.
//
// The master is written where the File Module's local provider keeps
// private files (MASTERS_DIR, here .data/bench-masters) under the key form
// that provider gives them, and named on one track (our music table); the
// owner is a customer registered through the store API, granted the track
// through the ownership module's table. The client reads the body with
// node:http, as a browser reads it natively (fetch's web streams would cost
// the client more than the server).
import { spawn, spawnSync } from "node:child_process"
import crypto from "node:crypto"
import http from "node:http"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fmt, number, printGoals, root, runBenchmark, say } from "./lib/harness.mjs"

const MB = 1024 * 1024

await runBenchmark({
  title: "bench:download",
  usage: "npm run bench:download -- [options]\n\nA 100 MB master through the signed download route, next to a read of the file from disk.\n\nOptions:",
  options: {
    size: { type: "string", default: "100" },
    rounds: { type: "string", default: "7" },
  },
  help: `
  --size MB           size of the master (default 100)
  --rounds N          downloads and disk reads each, cold and warm, after one unmeasured of each; median and best reported (default 7)`,
  async main(ctx) {
    const size = number("size", ctx.opts.size, { min: 1, integer: true }) * MB
    const rounds = number("rounds", ctx.opts.rounds, { min: 1, integer: true })
    const mastersDir = path.join(root, ".data", "bench-masters")
    fs.mkdirSync(mastersDir, { recursive: true })
    const key = `private-bench-${size / MB}mb.mp3`
    const file = path.join(mastersDir, key)
    if (fs.statSync(file, { throwIfNoEntry: false })?.size !== size) {
      say(`Writing a ${size / MB} MB master to ${path.relative(root, file)}...`)
      const chunk = crypto.randomBytes(MB)
      const fd = fs.openSync(file, "w")
      for (let i = 0; i < size / MB; i++) fs.writeSync(fd, chunk)
      fs.closeSync(fd)
    }

    const [track] = await ctx.query(
      `select t.id, t.album_id from track t where t.deleted_at is null and t.chinook_id is not null order by t.chinook_id limit 1`
    )
    if (!track) throw new Error("No track in the benchmark database.")
    await ctx.query(`update track set master_file_id = $1 where id = $2`, [key, track.id])

    const server = await ctx.startServer({ env: { MASTERS_DIR: mastersDir }, label: "server with the masters folder:" })
    try {
      const runs = { cold: { disk: [], route: [], bare: [] }, warm: { disk: [], route: [], bare: [] } }
      const auth = await registerOwner(server.url, ctx.headers)
      await ctx.query(
        `insert into owned_track (id, customer_id, track_id, album_id, order_id, line_item_id, granted_at, created_at, updated_at)
         values ($1, $2, $3, $4, 'order_bench_download', $1, now(), now(), now())`,
        [`own_bench_${crypto.randomBytes(6).toString("hex")}`, auth.customerId, track.id, track.album_id]
      )

      // The floor of HTTP on this machine: a bare node:http server in its
      // own process sending the same file the same way (1 MB reads piped to
      // the response), with nothing of Medusa's around it.
      const bare = await startBareServer(file, size)
      try {
        // Unmeasured first: a fresh server compiles the route's code on its
        // first requests, and the disk read's loop is compiled too.
        await readFromDisk(file, size)
        await downloadOnce(server.url, ctx.headers, auth.token, track.id, size)
        await fetchBody(bare.url, size)
        for (let i = 0; i < rounds; i++) {
          // Alternating, so no side gets a quieter moment of the machine.
          for (const temp of ["cold", "warm"]) {
            if (temp === "cold") dropFromCache(file)
            runs[temp].disk.push(await readFromDisk(file, size))
            if (temp === "cold") dropFromCache(file)
            runs[temp].route.push(await downloadOnce(server.url, ctx.headers, auth.token, track.id, size))
            if (temp === "cold") dropFromCache(file)
            runs[temp].bare.push(await fetchBody(bare.url, size))
          }
        }
      } finally {
        bare.stop()
      }
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
      const rate = (rs) => size / MB / median(rs.map((r) => r.seconds))
      const bestRate = (rs) => size / MB / Math.min(...rs.map((r) => r.seconds))
      const figures = {}
      for (const temp of ["cold", "warm"]) {
        const disk = rate(runs[temp].disk)
        const route = rate(runs[temp].route)
        const bare = rate(runs[temp].bare)
        figures[temp] = { disk_mb_s: disk, download_mb_s: route, bare_http_mb_s: bare, ratio: route / disk }
      }

      console.log("")
      console.log(`bench:download: a ${size / MB} MB master (${fmt.int(size)} bytes), ${rounds} rounds, median MB/s (best)`)
      console.log(`sources: ${spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim()}`)
      console.log(`machine: ${os.cpus().length} CPUs shared by server, PostgreSQL and this client; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`)
      console.log("")
      for (const temp of ["cold", "warm"]) {
        const f = figures[temp]
        const label = temp === "cold" ? "from disk (page cache dropped before each read)" : "warm (file in the page cache)"
        console.log(`${label}:`)
        console.log(`  read the file (fs.createReadStream, 1 MB chunks):     ${col(f.disk_mb_s)} MB/s (${col(bestRate(runs[temp].disk))})`)
        console.log(`  download through the signed route (GET over HTTP):    ${col(f.download_mb_s)} MB/s (${col(bestRate(runs[temp].route))})`)
        console.log(`  the same file from a bare node:http server (floor):  ${col(f.bare_http_mb_s)} MB/s (${col(bestRate(runs[temp].bare))})`)
        console.log(`  ratio download / read: ${f.ratio.toFixed(2)}; download / bare server: ${(f.download_mb_s / f.bare_http_mb_s).toFixed(2)}`)
      }
      const all = [...runs.cold.route, ...runs.warm.route]
      console.log(`time to first byte of a download, median: ${median(all.map((r) => r.firstByteMs)).toFixed(1)} ms; URL issued (POST) in ${median(all.map((r) => r.issueMs)).toFixed(1)} ms`)
      console.log("")
      printGoals([
        [`download at least half the speed of reading the file from disk (ratio ${figures.cold.ratio.toFixed(2)} >= 0.50)`, figures.cold.ratio >= 0.5],
      ])
      return { size, rounds, ...figures, runs }
    } finally {
      await server.stop()
    }
  },
})

function col(x) {
  return x.toFixed(0).padStart(6)
}

/** Drops this file's pages from the page cache (posix_fadvise DONTNEED through GNU dd), leaving the rest alone. */
function dropFromCache(file) {
  const res = spawnSync("dd", [`if=${file}`, "iflag=nocache", "count=0", "status=none"])
  if (res.status !== 0) throw new Error(`dd could not drop ${file} from the page cache: ${res.stderr}`)
}

async function registerOwner(url, headers) {
  const email = `bench-download-${Date.now()}-${crypto.randomBytes(3).toString("hex")}@example.com`
  const password = crypto.randomBytes(12).toString("base64url")
  const json = async (res) => {
    const body = await res.json().catch(() => ({}))
    if (!res.ok) throw new Error(`${res.url}: ${res.status} ${JSON.stringify(body)}`)
    return body
  }
  const post = (p, body, extra = {}) =>
    fetch(`${url}${p}`, { method: "POST", headers: { "content-type": "application/json", ...extra }, body: JSON.stringify(body) }).then(json)
  const reg = await post("/auth/customer/emailpass/register", { email, password })
  const { customer } = await post("/store/customers", { email, first_name: "Bench", last_name: "Downloader" }, { ...headers, authorization: `Bearer ${reg.token}` })
  const login = await post("/auth/customer/emailpass", { email, password })
  return { token: login.token, customerId: customer.id }
}

async function readFromDisk(file, size) {
  const t = process.hrtime.bigint()
  let bytes = 0
  for await (const chunk of fs.createReadStream(file, { highWaterMark: MB })) bytes += chunk.length
  const seconds = Number(process.hrtime.bigint() - t) / 1e9
  if (bytes !== size) throw new Error(`Read ${bytes} bytes of ${size} from disk.`)
  return { seconds }
}

async function downloadOnce(url, headers, token, trackId, size) {
  const t0 = process.hrtime.bigint()
  const res = await fetch(`${url}/store/customers/me/library/tracks/${trackId}/download`, {
    method: "POST",
    headers: { ...headers, authorization: `Bearer ${token}` },
  })
  if (!res.ok) throw new Error(`Asking for the download URL: ${res.status} ${await res.text()}`)
  const { url: signed } = await res.json()
  const issueMs = Number(process.hrtime.bigint() - t0) / 1e6
  return { ...(await fetchBody(signed, size)), issueMs }
}

/** GETs `url` with node:http, checking that `size` bytes arrive. */
function fetchBody(url, size) {
  const t = process.hrtime.bigint()
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        if (res.statusCode !== 200) return reject(new Error(`Downloading ${url}: ${res.statusCode}`))
        let bytes = 0
        let firstByteMs
        res.on("data", (chunk) => {
          firstByteMs ??= Number(process.hrtime.bigint() - t) / 1e6
          bytes += chunk.length
        })
        res.on("error", reject)
        res.on("end", () => {
          const seconds = Number(process.hrtime.bigint() - t) / 1e9
          if (bytes !== size || res.headers["content-length"] !== String(size)) {
            return reject(new Error(`Downloaded ${bytes} bytes (Content-Length ${res.headers["content-length"]}) of ${size}.`))
          }
          resolve({ seconds, firstByteMs })
        })
      })
      .on("error", reject)
  })
}


async function startBareServer(file, size) {
  // Inside the function: module-level constants are not initialised yet
  // while the top-level await above runs.
  const BARE_SERVER = `
  const http = require("node:http"), fs = require("node:fs"), { pipeline } = require("node:stream/promises")
  const [file, size] = [process.argv[1], process.argv[2]]
  const server = http.createServer((req, res) => {
    res.writeHead(200, { "content-type": "audio/mpeg", "content-length": size })
    pipeline(fs.createReadStream(file, { highWaterMark: 1024 * 1024 }), res).catch(() => res.destroy())
  })
  server.listen(0, "127.0.0.1", () => process.stdout.write(String(server.address().port) + "\\n"))
  `
  const child = spawn(process.execPath, ["-e", BARE_SERVER, file, String(size)], { stdio: ["ignore", "pipe", "inherit"] })
  const port = await new Promise((resolve, reject) => {
    child.stdout.once("data", (d) => resolve(String(d).trim()))
    child.once("exit", (code) => reject(new Error(`The bare HTTP server stopped (exit code ${code}).`)))
  })
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() }
}
