// `npm run bench:download`: a 100 MB master downloaded through the signed
// route (POST /store/customers/me/library/tracks/:id/download, then GET of
// the URL it returns) by its owner, from the production server, next to
// reading the same file from disk with Node on the same machine. Goal: the
// download is at least half as fast as the disk read.
//
// The master is written where the File Module's local provider keeps
// private files (MASTERS_DIR, here .data/bench-masters) under the key form
// that provider gives them, and named on one track (our music table); the
// owner is a customer registered through the store API, granted the track
// through the ownership module's table. Both reads are warm (the file was
// just written, so both come from the page cache), which is what makes the
// two comparable: what is measured is the cost of the route, not the disk.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { fmt, number, printGoals, root, runBenchmark, say } from "./lib/harness.mjs"

const MB = 1024 * 1024

await runBenchmark({
  title: "bench:download",
  usage: "npm run bench:download -- [options]\n\nA 100 MB master through the signed download route, next to a read of the file from disk.\n\nOptions:",
  options: {
    size: { type: "string", default: "100" },
    rounds: { type: "string", default: "5" },
  },
  help: `
  --size MB           size of the master (default 100)
  --rounds N          downloads and disk reads each, best and median reported (default 5)`,
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
      const auth = await registerOwner(server.url, ctx.headers)
      await ctx.query(
        `insert into owned_track (id, customer_id, track_id, album_id, order_id, line_item_id, granted_at, created_at, updated_at)
         values ($1, $2, $3, $4, 'order_bench_download', $1, now(), now(), now())`,
        [`own_bench_${crypto.randomBytes(6).toString("hex")}`, auth.customerId, track.id, track.album_id]
      )

      const disk = []
      const route = []
      for (let i = 0; i < rounds; i++) {
        // Alternating, so neither side gets a quieter moment of the machine.
        disk.push(await readFromDisk(file, size))
        route.push(await downloadOnce(server.url, ctx.headers, auth.token, track.id, size))
      }
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
      const best = (xs) => Math.max(...xs)
      const mbps = (s) => size / MB / s
      const diskRate = mbps(median(disk.map((r) => r.seconds)))
      const routeRate = mbps(median(route.map((r) => r.seconds)))
      const ratio = routeRate / diskRate

      await ctx.heading()
      console.log(`master: ${size / MB} MB (${fmt.int(size)} bytes), ${rounds} rounds each, median (best) throughput`)
      console.log(`  read from disk (fs.createReadStream, 1 MB chunks):      ${routeFmt(diskRate)} MB/s (${routeFmt(best(disk.map((r) => mbps(r.seconds))))})`)
      console.log(`  signed download route (POST for the URL, GET over HTTP): ${routeFmt(routeRate)} MB/s (${routeFmt(best(route.map((r) => mbps(r.seconds))))})`)
      console.log(`  time to the first byte of the download, median: ${median(route.map((r) => r.firstByteMs)).toFixed(1)} ms (URL issued in ${median(route.map((r) => r.issueMs)).toFixed(1)} ms)`)
      console.log(`  ratio download / disk: ${ratio.toFixed(2)}`)
      console.log("")
      printGoals([[`download at least half the speed of the disk read (ratio ${ratio.toFixed(2)} >= 0.50)`, ratio >= 0.5]])
      return { size, rounds, disk_mb_s: diskRate, download_mb_s: routeRate, ratio, disk, route }
    } finally {
      await server.stop()
    }
  },
})

function routeFmt(x) {
  return x.toFixed(0).padStart(6)
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
  const t = process.hrtime.bigint()
  const file = await fetch(signed)
  if (file.status !== 200) throw new Error(`Downloading: ${file.status} ${await file.text()}`)
  let bytes = 0
  let firstByteMs
  for await (const chunk of file.body) {
    firstByteMs ??= Number(process.hrtime.bigint() - t) / 1e6
    bytes += chunk.length
  }
  const seconds = Number(process.hrtime.bigint() - t) / 1e9
  if (bytes !== size || file.headers.get("content-length") !== String(size)) {
    throw new Error(`Downloaded ${bytes} bytes (Content-Length ${file.headers.get("content-length")}) of ${size}.`)
  }
  return { seconds, firstByteMs, issueMs }
}
