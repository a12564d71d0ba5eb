import { spawnSync } from "node:child_process"
import path from "node:path"
import { tracingChoice } from "../tracing"

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
