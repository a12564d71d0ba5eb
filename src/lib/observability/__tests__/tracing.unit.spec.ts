import { spawnSync } from "node:child_process"
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
})
