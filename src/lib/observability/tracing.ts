type Env = Record<string, string | undefined>

/**
 * Where spans go, read from the environment:
 * - nothing set (or OTEL_EXPORTER=none): no tracing; instrumentation.ts then
 *   loads no OpenTelemetry code at all, so a server pays nothing for it;
 * - OTEL_EXPORTER=console: each span printed to stdout as it ends (local use);
 * - OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER=otlp with
 *   OTEL_EXPORTER_OTLP_TRACES_ENDPOINT): OTLP over HTTP to a collector
 *   (Jaeger, Tempo, Honeycomb, Datadog agent...), batched.
 */
export type TracingChoice = { kind: "none" } | { kind: "console" } | { kind: "otlp" }

const KINDS = ["none", "console", "otlp"] as const

export function tracingChoice(env: Env = process.env): TracingChoice {
  const named = env.OTEL_EXPORTER?.trim().toLowerCase()
  if (named) {
    if (!(KINDS as readonly string[]).includes(named)) {
      throw new Error(`OTEL_EXPORTER must be one of ${KINDS.join(", ")} (got "${env.OTEL_EXPORTER}").`)
    }
    if (named === "otlp" && !env.OTEL_EXPORTER_OTLP_ENDPOINT && !env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) {
      throw new Error("OTEL_EXPORTER=otlp needs OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT).")
    }
    return { kind: named as TracingChoice["kind"] }
  }
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return { kind: "otlp" }
  return { kind: "none" }
}

export type Tracing = { shutdown(): Promise<void> }

// Medusa's HTTP span carries every request header as an attribute, and the
// URL as sent: logins' bearer tokens, session cookies, signed download and
// share links would all reach the collector.
const SECRET_HEADERS = ["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"]
const SECRET_NAME = /(^:?|[_-])(token|secret|sig|signature|password|key)$|^:?code$/i
export const REDACTED = "[redacted]"

/** `url` with secret-looking query values, and path segments that fill a secret-looking `:param` of `route`, replaced. */
export function redactUrl(url: string, route?: string): string {
  const [pathPart, query] = url.split(/\?(.*)/s)
  let path = pathPart
  if (route) {
    const names = route.split("/")
    const segments = pathPart.split("/")
    // Express matches a route with or without a trailing slash.
    const trailing = segments.length === names.length + 1 && segments[segments.length - 1] === ""
    if (names.length === segments.length || trailing) {
      path = segments.map((seg, i) => (names[i]?.startsWith(":") && SECRET_NAME.test(names[i]) ? REDACTED : seg)).join("/")
    }
  }
  if (query === undefined) return path
  const params = query
    .split("&")
    .map((pair) => {
      const [name] = pair.split("=")
      return SECRET_NAME.test(decodeURIComponent(name)) && pair.includes("=") ? `${name}=${REDACTED}` : pair
    })
    .join("&")
  return `${path}?${params}`
}

/** A span processor that blanks secrets while the span can still be changed (onEnding), before any exporter sees it. */
export const redactSecrets = {
  onStart() {},
  onEnding(span: any) {
    const attrs = span.attributes ?? {}
    for (const header of SECRET_HEADERS) if (attrs[header] !== undefined) span.setAttribute(header, REDACTED)
    const route = typeof attrs["http.route"] === "string" ? attrs["http.route"] : undefined
    if (typeof attrs["http.url"] === "string") span.setAttribute("http.url", redactUrl(attrs["http.url"], route))
    // Unmatched requests are named "METHOD url".
    const named = /^(route handler: )?([A-Z]+) (\/.*)$/.exec(span.name)
    if (named) span.updateName(`${named[1] ?? ""}${named[2]} ${redactUrl(named[3])}`)
  },
  onEnd() {},
  forceFlush: async () => {},
  shutdown: async () => {},
}

type StartOptions = {
  /** Any OpenTelemetry SpanExporter. */
  exporter: any
  /** Batch spans before export (collectors); else export each span as it ends. */
  batch?: boolean
  serviceName?: string
  /** Also a span per SQL statement (pg driver): detailed, and costly. */
  db?: boolean
}

/**
 * Starts OpenTelemetry through Medusa's registerOtel: spans for HTTP
 * requests (route handlers and middlewares), workflows and their steps, and
 * Query calls (query.graph, remote queries, module fetches).
 */
export function startTracing({ exporter, batch = false, serviceName = "chinook-records", db = false }: StartOptions): Tracing {
  // Required here, not at the top: without an exporter none of this loads.
  const { registerOtel } = require("@medusajs/medusa") as typeof import("@medusajs/medusa")
  const { BatchSpanProcessor, SimpleSpanProcessor } = require("@medusajs/framework/opentelemetry/sdk-trace-node")
  return registerOtel({
    serviceName,
    exporter,
    instrument: { http: true, workflows: true, query: true, db },
    // registerOtel's own processor exports span by span; a collector gets batches.
    spanProcessors: [redactSecrets, batch ? new BatchSpanProcessor(exporter) : new SimpleSpanProcessor(exporter)],
    // The Node SDK would otherwise also push metrics and logs to an OTLP
    // endpoint (localhost:4318 when none is set); this app sends traces only.
    metricReaders: [],
    logRecordProcessors: [],
  } as any) as Tracing
}

/** instrumentation.ts: tracing as the environment asks, or nothing. */
export function registerTracing(env: Env = process.env): Tracing | undefined {
  const choice = tracingChoice(env)
  if (choice.kind === "none") return undefined
  const serviceName = env.OTEL_SERVICE_NAME || "chinook-records"
  const db = env.OTEL_TRACE_DB === "true"
  if (choice.kind === "console") {
    const { ConsoleSpanExporter } = require("@medusajs/framework/opentelemetry/sdk-trace-node")
    return startTracing({ exporter: new ConsoleSpanExporter(), serviceName, db })
  }
  // Reads its URL (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, else
  // OTEL_EXPORTER_OTLP_ENDPOINT + /v1/traces) and OTEL_EXPORTER_OTLP_HEADERS itself.
  const { OTLPTraceExporter } = require("@opentelemetry/exporter-trace-otlp-http")
  return startTracing({ exporter: new OTLPTraceExporter(), batch: true, serviceName, db })
}
