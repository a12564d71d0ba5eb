// A small closed-loop HTTP load generator: `connections` keep-alive
// connections (node:http Agent), each sending its next request as soon as
// the previous answer is read, through a fixed list of paths in turn, for a
// fixed duration. Latency is measured per request from send to the last byte
// of the body; requests still running at the deadline are waited for and
// counted.
import http from "node:http"
import { performance } from "node:perf_hooks"

/** One GET; resolves with status, body size and latency, never rejects. */
function get(agent, url, headers, timeoutMs) {
  return new Promise((resolve) => {
    const t = performance.now()
    const req = http.get(url, { agent, headers }, (res) => {
      let size = 0
      res.on("data", (chunk) => (size += chunk.length))
      res.on("end", () => resolve({ status: res.statusCode, size, ms: performance.now() - t }))
      res.on("error", (e) => resolve({ status: 0, size, ms: performance.now() - t, error: e.message }))
    })
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)))
    req.on("error", (e) => resolve({ status: 0, size: 0, ms: performance.now() - t, error: e.message }))
  })
}

export function percentile(sorted, p) {
  if (!sorted.length) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]
}

/** Each path once, in order: status, size and latency of each (sequential). */
export async function probe({ baseUrl, paths, headers = {}, timeoutMs = 60_000 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const out = []
  for (const p of paths) out.push({ path: p, ...(await get(agent, baseUrl + p, headers, timeoutMs)) })
  agent.destroy()
  return out
}

/**
 * @param {object} o
 * @param {string} o.baseUrl
 * @param {string[]} o.paths requests cycle through these, shared by all connections
 * @param {Record<string,string>} [o.headers]
 * @param {number} o.connections
 * @param {number} o.seconds
 */
export async function load({ baseUrl, paths, headers = {}, connections, seconds, timeoutMs = 60_000 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const latencies = []
  const perPath = paths.map(() => [])
  const errorSamples = new Map()
  let next = 0
  let ok = 0
  let errors = 0
  let bytes = 0
  const start = performance.now()
  const deadline = start + seconds * 1000

  async function connection() {
    while (performance.now() < deadline) {
      const i = next++ % paths.length
      const r = await get(agent, baseUrl + paths[i], headers, timeoutMs)
      latencies.push(r.ms)
      perPath[i].push(r.ms)
      if (r.status >= 200 && r.status < 300) {
        ok++
        bytes += r.size
      } else {
        errors++
        const key = r.error ?? `HTTP ${r.status}`
        errorSamples.set(key, (errorSamples.get(key) ?? 0) + 1)
      }
    }
  }
  await Promise.all(Array.from({ length: connections }, connection))
  const elapsed = (performance.now() - start) / 1000
  agent.destroy()

  latencies.sort((a, b) => a - b)
  return {
    requests: latencies.length,
    ok,
    errors,
    errorSamples: Object.fromEntries(errorSamples),
    seconds: elapsed,
    // Answered requests per second: failures do not count as throughput.
    rps: ok / elapsed,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? NaN,
    meanBytes: ok ? bytes / ok : NaN,
    perPath: paths.map((p, i) => {
      const l = perPath[i].sort((a, b) => a - b)
      return { path: p, n: l.length, p50: percentile(l, 50), p99: percentile(l, 99) }
    }),
  }
}
