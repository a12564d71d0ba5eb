// A small closed-loop HTTP load generator: `connections` keep-alive
// connections (node:http Agent), each sending its next request as soon as
// the previous answer is read, through a list of requests in turn, for a
// fixed duration. Latency is measured per request from send to the last byte
// of the body; requests still running at the deadline are waited for and
// counted.
//
// A request is a path (GET) or { path, method, body } (a JSON body). A
// `cursor` ({ i }) shared by successive runs over the same list continues
// where the previous run stopped, so a list of distinct queries is never
// repeated across the cold pass, warm-up and measurement of one endpoint;
// `wrapped` says when a run went past the end of the list and repeated it.
import http from "node:http"
import { performance } from "node:perf_hooks"

const asRequest = (r) => (typeof r === "string" ? { path: r, method: "GET" } : { method: "GET", ...r })

/** One request; resolves with status, body size, latency (and the body if asked), never rejects. */
function send(agent, baseUrl, request, headers, timeoutMs, keepBody = false) {
  const { path, method, body } = asRequest(request)
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body))
  return new Promise((resolve) => {
    const t = performance.now()
    const req = http.request(
      baseUrl + path,
      {
        agent,
        method,
        headers: payload ? { ...headers, "content-type": "application/json", "content-length": payload.length } : headers,
      },
      (res) => {
        let size = 0
        const chunks = []
        res.on("data", (chunk) => {
          size += chunk.length
          if (keepBody) chunks.push(chunk)
        })
        res.on("end", () =>
          resolve({ status: res.statusCode, size, ms: performance.now() - t, body: keepBody ? Buffer.concat(chunks).toString() : undefined })
        )
        res.on("error", (e) => resolve({ status: 0, size, ms: performance.now() - t, error: e.message }))
      }
    )
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)))
    req.on("error", (e) => resolve({ status: 0, size: 0, ms: performance.now() - t, error: e.message }))
    req.end(payload)
  })
}

export function percentile(sorted, p) {
  if (!sorted.length) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]
}

/**
 * `count` requests one after the other (from `cursor`, else the list's
 * start): status, size, latency and parsed JSON body of each.
 */
export async function probe({ baseUrl, requests, headers = {}, count = requests.length, cursor = { i: 0 }, timeoutMs = 60_000 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const out = []
  for (let n = 0; n < count; n++) {
    const request = requests[cursor.i++ % requests.length]
    const r = await send(agent, baseUrl, request, headers, timeoutMs, true)
    let json
    try {
      json = r.body ? JSON.parse(r.body) : undefined
    } catch {}
    out.push({ request, status: r.status, size: r.size, ms: r.ms, error: r.error, json })
  }
  agent.destroy()
  return out
}

/**
 * @param {object} o
 * @param {string} o.baseUrl
 * @param {(string|{path: string, method?: string, body?: any})[]} o.requests cycled through, shared by all connections
 * @param {{i: number}} [o.cursor] where in the list to start; advanced
 * @param {Record<string,string>} [o.headers]
 * @param {number} o.connections
 * @param {number} o.seconds
 */
export async function load({ baseUrl, requests, cursor = { i: 0 }, headers = {}, connections, seconds, timeoutMs = 60_000 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const latencies = []
  const perRequest = new Map()
  const errorSamples = new Map()
  let ok = 0
  let errors = 0
  let bytes = 0
  const start = performance.now()
  const deadline = start + seconds * 1000

  async function connection() {
    while (performance.now() < deadline) {
      const i = cursor.i++ % requests.length
      const r = await send(agent, baseUrl, requests[i], headers, timeoutMs)
      latencies.push(r.ms)
      if (!perRequest.has(i)) perRequest.set(i, [])
      perRequest.get(i).push(r.ms)
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
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? NaN,
    meanBytes: ok ? bytes / ok : NaN,
    distinct: perRequest.size,
    // Some request of the list was sent twice since the cursor started.
    wrapped: cursor.i > requests.length,
    perRequest: [...perRequest].map(([i, l]) => {
      l.sort((a, b) => a - b)
      return { i, n: l.length, p50: percentile(l, 50), p99: percentile(l, 99) }
    }),
  }
}
