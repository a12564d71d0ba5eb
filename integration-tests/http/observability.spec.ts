import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { InMemorySpanExporter } from "@medusajs/framework/opentelemetry/sdk-trace-node"
import { ensureStoreSetup } from "../../src/lib/store-setup"
import { startTracing } from "../../src/lib/observability/tracing"
import { registerCustomerWithId } from "../helpers/customer"

jest.setTimeout(120_000)

// Started before the runner boots the app, as `medusa start` runs
// instrumentation.ts before it makes the server: the same registerOtel
// set-up, with OpenTelemetry's in-memory exporter in place of a collector.
const exporter = new InMemorySpanExporter()
const tracing = startTracing({ exporter })

type Span = { name: string; spanContext(): { traceId: string; spanId: string }; parentSpanContext?: { spanId: string }; attributes: Record<string, unknown> }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    afterAll(async () => {
      await tracing.shutdown()
    })

    const spans = () => exporter.getFinishedSpans() as unknown as Span[]
    const named = (pattern: RegExp) => spans().filter((s) => pattern.test(s.name))

    it("traces an HTTP request, the workflow it runs and its queries, in one trace", async () => {
      const setup = await ensureStoreSetup(getContainer())
      exporter.reset()

      const { auth, id } = await registerCustomerWithId(api, setup.publishable_key, { email: "traced@example.test" })
      const me = await api.get("/store/customers/me?fields=id,email", auth)
      expect(me.data.customer.id).toBe(id)

      // POST /store/customers runs Medusa's createCustomerAccountWorkflow.
      const [route] = named(/^route handler: \/store\/customers$/)
      expect(route).toBeDefined()
      const traceId = route.spanContext().traceId
      const workflow = named(/^workflow:create-customer-account$/)
      expect(workflow).toHaveLength(1)
      expect(workflow[0].spanContext().traceId).toBe(traceId)
      expect(workflow[0].attributes["workflow.transaction_id"]).toEqual(expect.any(String))
      // Its steps, inside the workflow's span.
      const steps = spans().filter((s) => s.name.startsWith("step:") && s.spanContext().traceId === traceId)
      expect(steps.length).toBeGreaterThan(0)
      expect(steps.some((s) => s.parentSpanContext?.spanId === workflow[0].spanContext().spanId)).toBe(true)
      // Middlewares (authentication, validation) are traced in the request too.
      expect(spans().some((s) => s.name.startsWith("middleware:") && s.spanContext().traceId === traceId)).toBe(true)

      // GET /store/customers/me reads through Query, in its own trace.
      const [meRoute] = named(/^route handler: \/store\/customers\/me$/)
      expect(meRoute).toBeDefined()
      const queries = spans().filter((s) => /^(query\.graph|remoteQuery): customer/.test(s.name))
      expect(queries.some((s) => s.spanContext().traceId === meRoute.spanContext().traceId)).toBe(true)
    })
  },
})
