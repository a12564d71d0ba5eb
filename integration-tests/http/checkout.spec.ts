import { spawn } from "node:child_process"
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow, updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import Stripe from "stripe"
import { DIGITAL_DELIVERY } from "../../src/lib/digital-delivery"
import { ensureStoreSetup, StoreSetup, SYSTEM_PAYMENT_PROVIDER } from "../../src/lib/store-setup"
import { OWNERSHIP_GRANTED_EVENT } from "../../src/workflows/ownership/events"
import { createPaidOrdersWorkflow } from "../../src/workflows/orders/create-paid-orders"
import { deliverDigitalOrders } from "../../src/workflows/orders/deliver-digital-orders"
import { createTestAlbums } from "../helpers/catalogue"
import { registerCustomer } from "../helpers/customer"
import { cartWith, payWithSystemProvider } from "../helpers/purchase"
import { staffLogin } from "../helpers/staff"

jest.setTimeout(180_000)

// Offline: the key is never used to call Stripe, the secret signs test payloads.
const STRIPE_ENV = { STRIPE_API_KEY: "sk_test_offline_checkout_spec", STRIPE_WEBHOOK_SECRET: "whsec_checkout_spec_secret" }
const STRIPE_PROVIDER = "pp_stripe_stripe"
const root = path.resolve(__dirname, "../..")
// The runner loads medusa-config before it applies its `env` option, so the
// payment module would start without Stripe: set the keys before it boots.
Object.assign(process.env, STRIPE_ENV)

medusaIntegrationTestRunner({
  inApp: true,
  env: STRIPE_ENV,
  testSuite: ({ api, getContainer, dbConfig }) => {
    let setup: StoreSetup
    let admin: { headers: Record<string, string> }
    let variants: { track: string; album: string }
    let customers = 0

    beforeAll(async () => {
      const container = getContainer()
      setup = await ensureStoreSetup(container)

      const [album] = await createTestAlbums(container, {
        artist: "Os Mutantes",
        genre: "Tropicália",
        albums: [
          {
            title: "Os Mutantes",
            tracks: [
              { name: "Panis et Circenses", milliseconds: 220000, bytes: 4000000, unit_price: 0.99 },
              { name: "A Minha Menina", milliseconds: 260000, bytes: 5000000, unit_price: 0.99 },
            ],
          },
        ],
      })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: [product] } = await query.graph({
        entity: "product",
        fields: ["id", "shipping_profile.id", "variants.id", "variants.title", "variants.manage_inventory"],
        filters: { id: album.product_id },
      })
      // What keeps our carts free of any shipping step.
      expect(product.shipping_profile ?? null).toBeNull()
      expect(product.variants.every((v: any) => v.manage_inventory === false)).toBe(true)
      variants = {
        track: product.variants.find((v: any) => v.title === "Panis et Circenses").id,
        album: product.variants.find((v: any) => v.title === "Full album").id,
      }

      admin = await staffLogin(api, container, { email: "staff@example.com", password: "staff-pass-1" })
    })

    /** A logged-in customer's cart holding one line, with a system payment session. */
    async function paidCart(variant_id: string, { shipping = false } = {}) {
      const auth = await registerCustomer(api, setup.publishable_key, { email: `buyer${++customers}@example.com` })
      const cart = await cartWith(api, setup, auth, [variant_id])
      if (shipping) {
        // What Medusa's Next.js starter does: address, list options, pick one.
        await api.post(
          `/store/carts/${cart.id}`,
          { shipping_address: { first_name: "Rita", last_name: "Lee", address_1: "Rua Augusta 1", city: "São Paulo", country_code: "br", postal_code: "01305-000" } },
          auth
        )
        const { data } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, auth)
        expect(data.shipping_options.map((o: any) => [o.name, o.amount])).toEqual([[DIGITAL_DELIVERY, 0]])
        const { data: withMethod } = await api.post(
          `/store/carts/${cart.id}/shipping-methods`,
          { option_id: data.shipping_options[0].id },
          auth
        )
        expect(withMethod.cart.shipping_total).toBe(0)
      }
      const session = await payWithSystemProvider(api, cart.id, auth)
      return { cart, auth, session }
    }

    async function fulfillmentOf(orderId: string) {
      const { data } = await api.get(`/admin/orders/${orderId}?fields=id,fulfillment_status,*fulfillments`, admin)
      return data.order
    }

    async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
      const until = Date.now() + ms
      let v = await read()
      while (!ok(v) && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 250))
        v = await read()
      }
      return v
    }

    it("sets up one digital delivery option however often the setup runs", async () => {
      const container = getContainer()
      const again = await ensureStoreSetup(container)
      expect(again).toEqual(setup)

      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const count = async (entity: string) => (await query.graph({ entity, fields: ["id"], filters: { name: DIGITAL_DELIVERY } })).data.length
      expect(await Promise.all(["shipping_option", "shipping_profile", "stock_location", "fulfillment_set"].map(count))).toEqual([1, 1, 1, 1])

      const { data: [option] } = await query.graph({
        entity: "shipping_option",
        fields: ["id", "provider_id", "prices.amount", "prices.currency_code", "service_zone.geo_zones.country_code", "service_zone.fulfillment_set.location.sales_channels.id"],
        filters: { id: setup.shipping_option_id },
      })
      expect(option.provider_id).toBe("manual_manual")
      expect(option.prices.map((p: any) => [p.currency_code, p.amount])).toEqual([["usd", 0]])
      const { data: [region] } = await query.graph({ entity: "region", fields: ["countries.iso_2", "payment_providers.id"], filters: { id: setup.region_id } })
      expect(option.service_zone.geo_zones.map((z: any) => z.country_code).sort()).toEqual(region.countries.map((c: any) => c.iso_2).sort())
      expect(option.service_zone.fulfillment_set.location.sales_channels.map((s: any) => s.id)).toEqual([setup.sales_channel_id])
      expect(region.payment_providers.map((p: any) => p.id).sort()).toEqual([STRIPE_PROVIDER, SYSTEM_PAYMENT_PROVIDER])
    })

    it("checks out the way Medusa's starter does, and the order is delivered when ownership is granted", async () => {
      const { cart, auth } = await paidCart(variants.album, { shipping: true })
      const { data: done } = await api.post(`/store/carts/${cart.id}/complete`, {}, auth)
      expect(done.type).toBe("order")
      expect(done.order.shipping_methods.map((m: any) => [m.name, m.amount])).toEqual([[DIGITAL_DELIVERY, 0]])
      // The ownership workflow emits the event once it records the order; here
      // it is emitted by hand, twice, as an event bus may deliver it.
      const events = getContainer().resolve(Modules.EVENT_BUS)
      await events.emit({ name: OWNERSHIP_GRANTED_EVENT, data: { order_id: done.order.id } })
      await events.emit({ name: OWNERSHIP_GRANTED_EVENT, data: { order_id: done.order.id } })
      const order = await eventually(() => fulfillmentOf(done.order.id), (o) => o.fulfillment_status === "delivered")
      expect(order.fulfillment_status).toBe("delivered")
      await new Promise((r) => setTimeout(r, 500))
      const after = await fulfillmentOf(done.order.id)
      expect(after.fulfillments).toHaveLength(1)
      expect(after.fulfillments[0]).toMatchObject({ provider_id: "manual_manual", shipping_option_id: setup.shipping_option_id })
      expect(after.fulfillments[0].delivered_at).toBeTruthy()
    })

    it("completes a cart with no shipping method and still delivers its order, once", async () => {
      const { cart, auth } = await paidCart(variants.track)
      const { data: done } = await api.post(`/store/carts/${cart.id}/complete`, {}, auth)
      expect(done.type).toBe("order")
      expect(done.order.shipping_methods).toHaveLength(0)

      // Delivered here, or already on the ownership event: either way once.
      await deliverDigitalOrders(getContainer(), [done.order.id])
      expect(await deliverDigitalOrders(getContainer(), [done.order.id])).toEqual([])
      const order = await fulfillmentOf(done.order.id)
      expect(order.fulfillment_status).toBe("delivered")
      expect(order.fulfillments).toHaveLength(1)
      expect(order.fulfillments[0].shipping_option_id).toBe(setup.shipping_option_id)
    })

    it("delivers orders made outside a cart (the import's) in a batch, finishing a delivery that stopped half-way", async () => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: [variant] } = await query.graph({ entity: "variant", fields: ["id", "title", "product_id"], filters: { id: variants.track } })
      const order = () => ({
        region_id: setup.region_id,
        sales_channel_id: setup.sales_channel_id,
        email: "history@example.com",
        currency_code: "usd",
        status: "completed" as any,
        no_notification: true,
        items: [{ title: variant.title, variant_id: variant.id, product_id: variant.product_id, quantity: 1, unit_price: 0.99, requires_shipping: false }],
      })
      // As the import makes them: with the $0 digital shipping method.
      const imported = { ...order(), shipping_methods: [{ name: DIGITAL_DELIVERY, amount: 0, shipping_option_id: setup.shipping_option_id }] }
      const { result: [fresh, stopped] } = await createPaidOrdersWorkflow(container).run({
        input: { orders: [imported, order()], provider_id: SYSTEM_PAYMENT_PROVIDER },
      })
      expect(fresh.total).toBe(0.99)
      const { result: made } = await createOrderFulfillmentWorkflow(container).run({
        input: { order_id: stopped.id, items: [{ id: stopped.items![0].id, quantity: 1 }], shipping_option_id: setup.shipping_option_id },
      })
      expect((await fulfillmentOf(stopped.id)).fulfillment_status).toBe("fulfilled")

      const delivered = await deliverDigitalOrders(container, [fresh.id, stopped.id])
      expect(delivered.map((d) => d.order_id).sort()).toEqual([fresh.id, stopped.id].sort())
      expect(delivered.find((d) => d.order_id === stopped.id)!.fulfillment_id).toBe(made.id)
      expect(await deliverDigitalOrders(container, [fresh.id, stopped.id])).toEqual([])
      for (const id of [fresh.id, stopped.id]) {
        const o = await fulfillmentOf(id)
        expect([o.fulfillment_status, o.fulfillments.length]).toEqual(["delivered", 1])
      }
    })

    it("accepts a Stripe webhook signed with the secret at Medusa's hook route, and ignores a forged one", async () => {
      const stripe = new Stripe(STRIPE_ENV.STRIPE_API_KEY)
      // No Stripe session can be made offline: the webhook names a system
      // provider session, which Medusa's processing authorizes without calling out.
      const forged = await paidCart(variants.track)
      const genuine = await paidCart(variants.track)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const cartState = async (id: string) =>
        (await query.graph({ entity: "cart", fields: ["id", "completed_at", "payment_collection.status", "payment_collection.payment_sessions.status"], filters: { id } })).data[0]
      const before = await cartState(forged.cart.id)
      const webhook = (session_id: string, secret: string) => {
        const payload = JSON.stringify({
          id: `evt_${session_id}`,
          object: "event",
          type: "payment_intent.succeeded",
          data: { object: { id: `pi_${session_id}`, object: "payment_intent", amount: 99, amount_received: 99, currency: "usd", metadata: { session_id } } },
        })
        const signature = stripe.webhooks.generateTestHeaderString({ payload, secret })
        return api.post("/hooks/payment/stripe_stripe", payload, {
          headers: { "content-type": "application/json", "stripe-signature": signature },
        })
      }

      expect((await webhook(forged.session.id, "whsec_not_the_secret")).status).toBe(200)
      expect((await webhook(genuine.session.id, STRIPE_ENV.STRIPE_WEBHOOK_SECRET)).status).toBe(200)

      // Medusa processes webhooks after a delay (5 s by default).
      const paid = await eventually(() => cartState(genuine.cart.id), (c: any) => !!c.completed_at, 30_000)
      expect(paid.completed_at).toBeTruthy()
      expect(paid.payment_collection.payment_sessions[0].status).toBe("authorized")

      // The forged one was emitted first, so it has been handled by now.
      expect(await cartState(forged.cart.id)).toEqual(before)
      expect(before.completed_at ?? null).toBeNull()
      expect(before.payment_collection.payment_sessions.map((s: any) => s.status)).toEqual(["pending"])
    })

    it("offers Stripe after a restart with STRIPE_API_KEY set, in a store first set up without it", async () => {
      const container = getContainer()
      // The region as a first start without Stripe left it.
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: setup.region_id }, update: { payment_providers: [SYSTEM_PAYMENT_PROVIDER] } },
      })
      const providers = async () => {
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "region", fields: ["payment_providers.id"], filters: { id: setup.region_id } })
        return data[0].payment_providers.map((p: any) => p.id).sort()
      }
      expect(await providers()).toEqual([SYSTEM_PAYMENT_PROVIDER])

      // A second boot of the app (as `medusa start` does) on the same database, configured with Stripe.
      await bootApp({ ...STRIPE_ENV, DATABASE_URL: dbConfig.clientUrl })
      expect(await providers()).toEqual([STRIPE_PROVIDER, SYSTEM_PAYMENT_PROVIDER])
    })
  },
})

/** Boots the whole app once in its own process (`medusa exec` runs every loader and start hook). */
function bootApp(env: Record<string, string>) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(path.join(root, "node_modules/.bin/medusa"), ["exec", "./integration-tests/helpers/app-boot.ts"], {
      cwd: root,
      env: { ...process.env, ...env, LOG_LEVEL: "error", MEDUSA_DISABLE_TELEMETRY: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.stderr.on("data", (d) => (out += d))
    child.on("error", reject)
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`medusa exec exited ${code}:\n${out.slice(-3000)}`))))
  })
}
