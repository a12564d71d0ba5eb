import { registerTracing } from "./src/lib/observability/tracing"

// `medusa start` and `medusa develop` call this before the server is made.
// Tracing is off unless OTEL_EXPORTER or OTEL_EXPORTER_OTLP_ENDPOINT asks for
// it (src/lib/observability/tracing.ts; README, "Observability").
export function register() {
  const tracing = registerTracing(process.env)
  if (!tracing) return
  // Spans still in a batch go out before the process ends.
  const flush = () => {
    tracing.shutdown().catch(() => {})
  }
  process.once("SIGTERM", flush)
  process.once("SIGINT", flush)
}
