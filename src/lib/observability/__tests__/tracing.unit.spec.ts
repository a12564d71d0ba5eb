import { spawn, spawnSync } from "node:child_process"
import http from "node:http"
import path from "node:path"
import { REDACTED, redactSecrets, redactUrl, tracingChoice } from "../tracing"

const root = path.resolve(__dirname, "../../../..")

describe("tracingChoice", () => {
  it("traces nothing unless asked", () => {
    expect(tracingChoice({})).toEqual({ kind: "none" })
    expect(tracingChoice({ OTEL_EXPORTER: "none", OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" })).toEqual({ kind: "none" })
  })

  it("sends OTLP over HTTP when a collector endpoint is set", () => {
    expect(tracingChoice({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" })).toEqual({ kind: "otlp" })
    expect(tracingChoice({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://collector:4318/v1/traces" })).toEqual({ kind: "otlp" })
    expect(tracingChoice({ OTEL_EXPORTER: "OTLP", OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" })).toEqual({ kind: "otlp" })
  })

  it("prints spans with OTEL_EXPORTER=console, even when an endpoint is set", () => {
    expect(tracingChoice({ OTEL_EXPORTER: "console" })).toEqual({ kind: "console" })
    expect(tracingChoice({ OTEL_EXPORTER: "console", OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" })).toEqual({ kind: "console" })
  })

  it("refuses an unknown exporter or OTLP without an endpoint, naming the variable", () => {
    expect(() => tracingChoice({ OTEL_EXPORTER: "zipkin" })).toThrow(/OTEL_EXPORTER must be one of none, console, otlp/)
    expect(() => tracingChoice({ OTEL_EXPORTER: "otlp" })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/)
  })
})

describe("secrets in spans", () => {
  it("blank signed tokens in paths and secret query values, keeping the rest of the URL", () => {
    expect(redactUrl("/downloads/eyJhbGc.abc.def", "/downloads/:token")).toBe(`/downloads/${REDACTED}`)
    expect(redactUrl("/store/playlists/shared/s3cr3t/copy", "/store/playlists/shared/:token/copy")).toBe(`/store/playlists/shared/${REDACTED}/copy`)
    expect(redactUrl("/store/products/prod_1?fields=id&country_code=us", "/store/products/:id")).toBe("/store/products/prod_1?fields=id&country_code=us")
    expect(redactUrl("/auth/customer/emailpass/update?token=abc&x=1")).toBe(`/auth/customer/emailpass/update?token=${REDACTED}&x=1`)
    expect(redactUrl("/cb?code=xyz&api_key=k&state=s")).toBe(`/cb?code=${REDACTED}&api_key=${REDACTED}&state=s`)
  })

  it("blank credential headers and unmatched request names before any exporter sees the span", () => {
    // OpenTelemetry's own provider, processor and in-memory exporter.
    const { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } = require("@medusajs/framework/opentelemetry/sdk-trace-node")
    const exporter = new InMemorySpanExporter()
    const provider = new BasicTracerProvider({ spanProcessors: [redactSecrets, new SimpleSpanProcessor(exporter)] })
    const span = provider.getTracer("test").startSpan("GET /auth/customer/emailpass/update?token=abc")
    // As Medusa's HTTP layer sets them: the route, the URL and every header.
    span.setAttributes({
      "http.route": "/downloads/:token",
      "http.url": "/downloads/tok123",
      authorization: "Bearer abc",
      cookie: "connect.sid=xyz",
      "x-publishable-api-key": "pk_1",
    })
    span.end()
    const [exported] = exporter.getFinishedSpans()
    expect(exported.name).toBe(`GET /auth/customer/emailpass/update?token=${REDACTED}`)
    expect(exported.attributes).toEqual({
      "http.route": "/downloads/:token",
      "http.url": `/downloads/${REDACTED}`,
      authorization: REDACTED,
      cookie: REDACTED,
      "x-publishable-api-key": "pk_1",
    })
  })
})

describe("instrumentation.ts", () => {
  // In a plain Node process, as `medusa start` loads it: with no exporter it
  // loads no OpenTelemetry SDK (Medusa's own hooks stay no-ops).
  function run(env: Record<string, string>) {
    const script = [
      "require('./instrumentation').register()",
      "const loaded = Object.keys(require.cache).filter((f) => /opentelemetry[\\/](sdk-|exporter-)/.test(f))",
      "process.stdout.write(JSON.stringify(loaded.length))",
    ].join(";")
    const res = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], {
      cwd: root,
      env: { PATH: process.env.PATH, ...env },
      encoding: "utf8",
      timeout: 60_000,
    })
    if (res.status !== 0) throw new Error(res.stderr)
    return JSON.parse(res.stdout.trim().split("\n").pop()!)
  }

  // (With an exporter it loads Medusa and the SDK: integration-tests/http/observability.spec.ts.)
  it("loads no OpenTelemetry SDK or exporter by default", () => {
    expect(run({})).toBe(0)
  }, 60_000)

  it("sends spans over OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT, without secrets", async () => {
    // A stand-in collector: what arrives at /v1/traces.
    const received: { url?: string; type?: string; body: string }[] = []
    const collector = http.createServer((req, res) => {
      let body = ""
      req.on("data", (d) => (body += d))
      req.on("end", () => {
        received.push({ url: req.url, type: req.headers["content-type"], body })
        res.end("{}")
      })
    })
    await new Promise<void>((r) => collector.listen(0, "127.0.0.1", r))
    const { port } = collector.address() as { port: number }
    // The process registers tracing as instrumentation.ts does, makes one
    // span as Medusa's HTTP layer would, and shuts down (flushing the batch).
    const script = [
      "const tracing = require('./src/lib/observability/tracing').registerTracing(process.env)",
      "const { trace } = require('@medusajs/framework/opentelemetry/api')",
      "trace.getTracer('check').startActiveSpan('GET /reset?token=abc', (s) => { s.setAttribute('authorization', 'Bearer zzz'); s.end() })",
      "tracing.shutdown().then(() => process.exit(0))",
    ].join(";")
    try {
      const status = await new Promise<number | null>((resolve, reject) => {
        const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], {
          cwd: root,
          env: { PATH: process.env.PATH, OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`, OTEL_SERVICE_NAME: "chinook-check" },
          stdio: "inherit",
        })
        child.on("error", reject)
        child.on("exit", resolve)
      })
      expect(status).toBe(0)
    } finally {
      collector.close()
    }
    expect(received.map((r) => [r.url, r.type])).toEqual([["/v1/traces", "application/json"]])
    const [resourceSpans] = JSON.parse(received[0].body).resourceSpans
    expect(resourceSpans.resource.attributes).toContainEqual({ key: "service.name", value: { stringValue: "chinook-check" } })
    const spans = resourceSpans.scopeSpans.flatMap((s: any) => s.spans)
    expect(spans.map((s: any) => [s.name, s.attributes])).toEqual([
      [`GET /reset?token=${REDACTED}`, [{ key: "authorization", value: { stringValue: REDACTED } }]],
    ])
  }, 90_000)
})
