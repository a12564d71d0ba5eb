import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { ensureStoreSetup, type StoreSetup } from "../../../src/lib/store-setup"
import { createTestAlbums } from "../../helpers/catalogue"
import { registerCustomer } from "../../helpers/customer"
import { cartWith, completeCart, payWithSystemProvider } from "../../helpers/purchase"
import { ensureStaffLogin } from "../../../src/lib/staff-login"

const STOREFRONT = "https://shop.chinook.test"

export default function customerEmailsSuite({ api, getContainer }: MedusaSuiteOptions) {
  let setup: StoreSetup
  const saved = process.env.STOREFRONT_URL

  beforeAll(async () => {
    process.env.STOREFRONT_URL = STOREFRONT
    setup = await ensureStoreSetup(getContainer())
  })
  afterAll(() => {
    if (saved === undefined) delete process.env.STOREFRONT_URL
    else process.env.STOREFRONT_URL = saved
  })

  /**
   * The notifications to `to`, once there are `count` of them and the provider has
   * handled each (events are asynchronous; a notification is stored pending, then sent).
   */
  async function sentTo(to: string, count: number, template?: string, waitMs = 10_000) {
    const notifications = getContainer().resolve(Modules.NOTIFICATION)
    const deadline = Date.now() + waitMs
    for (;;) {
      const found = await notifications.listNotifications({ to, ...(template ? { template } : {}) })
      const settled = found.every((n) => n.status !== "pending")
      if ((found.length >= count && settled) || Date.now() > deadline) return found
      await new Promise((r) => setTimeout(r, 100))
    }
  }

  it("mails a reset link whose token sets a new password once, staff a link to the admin; unknown addresses get nothing", async () => {
    const email = "reset-me@example.com"
    const pk = { "x-publishable-api-key": setup.publishable_key }
    await registerCustomer(api, setup.publishable_key, { email, password: "old-password-1" })

    const asked = await api.post("/auth/customer/emailpass/reset-password", { identifier: email })
    expect(asked.status).toBe(201)
    // Medusa answers the same for an unknown address, so it cannot be probed; nothing is sent there.
    await api.post("/auth/customer/emailpass/reset-password", { identifier: "nobody@example.com" })

    const [mail, ...more] = await sentTo(email, 1, "password-reset")
    expect(more).toHaveLength(0)
    expect(mail.channel).toBe("email")
    expect(mail.status).toBe("success")
    const url = new URL((mail.data as any).url)
    expect(`${url.origin}${url.pathname}`).toBe(`${STOREFRONT}/account/reset-password/new`)
    expect(url.searchParams.get("email")).toBe(email)
    const token = url.searchParams.get("token")!
    expect(token).toBeTruthy()
    expect(await sentTo("nobody@example.com", 0)).toHaveLength(0)

    const bearer = { headers: { authorization: `Bearer ${token}` } }
    // A weak password is refused with the field named, and does not spend the token.
    await expect(api.post("/auth/customer/emailpass/update", { password: "short" }, bearer)).rejects.toMatchObject({
      response: { status: 400, data: { message: expect.stringMatching(/^password: use at least 8 characters/) } },
    })
    const updated = await api.post("/auth/customer/emailpass/update", { password: "new-password-2" }, bearer)
    expect(updated.data).toEqual({ success: true })
    // Single use.
    await expect(
      api.post("/auth/customer/emailpass/update", { password: "third-password-3" }, bearer)
    ).rejects.toMatchObject({ response: { status: 401 } })

    await expect(
      api.post("/auth/customer/emailpass", { email, password: "old-password-1" })
    ).rejects.toMatchObject({ response: { status: 401 } })
    const login = await api.post("/auth/customer/emailpass", { email, password: "new-password-2" })
    const { data } = await api.get("/store/customers/me", {
      headers: { ...pk, authorization: `Bearer ${login.data.token}` },
    })
    expect(data.customer.email).toBe(email)

    // Staff asking from the admin get a link to the admin's own reset page.
    await ensureStaffLogin(getContainer(), { email: "staff-reset@example.com", password: "staff-pass-1" })
    const backendUrl = process.env.MEDUSA_BACKEND_URL
    process.env.MEDUSA_BACKEND_URL = "https://api.chinook.test"
    let staffMail
    try {
      await api.post("/auth/user/emailpass/reset-password", { identifier: "staff-reset@example.com" })
      ;[staffMail] = await sentTo("staff-reset@example.com", 1, "password-reset")
    } finally {
      if (backendUrl === undefined) delete process.env.MEDUSA_BACKEND_URL
      else process.env.MEDUSA_BACKEND_URL = backendUrl
    }
    const staffUrl = new URL((staffMail!.data as any).url)
    expect(`${staffUrl.origin}${staffUrl.pathname}`).toBe("https://api.chinook.test/app/reset-password")
    expect(staffUrl.searchParams.get("token")).toBeTruthy()
  })

  it("refuses to register a malformed email or a short password, naming the field", async () => {
    await expect(
      api.post("/auth/customer/emailpass/register", { email: "not-an-email", password: "long-enough-1" })
    ).rejects.toMatchObject({ response: { status: 400, data: { message: expect.stringMatching(/^email: /) } } })
    await expect(
      api.post("/auth/customer/emailpass/register", { email: "weak@example.com", password: "1234567" })
    ).rejects.toMatchObject({ response: { status: 400, data: { message: expect.stringMatching(/^password: /) } } })
  })

  it("mails one order confirmation with the lines, totals and a link to the library", async () => {
    const container = getContainer()
    const [album] = await createTestAlbums(container, {
      artist: "Antônio Carlos Jobim",
      albums: [
        {
          title: "Warner 25 Anos",
          tracks: [
            { name: "Desafinado", milliseconds: 185338, unit_price: 0.99 },
            { name: "Garota De Ipanema", milliseconds: 285048, unit_price: 1.99 },
          ],
        },
      ],
    })

    const email = "buyer@example.com"
    const auth = await registerCustomer(api, setup.publishable_key, { email, first_name: "Ana", last_name: "Jobim" })
    const cart = await cartWith(api, setup, auth, [album.tracks[1].variant_id])
    await payWithSystemProvider(api, cart.id, auth)
    const { data: done } = await completeCart(api, cart.id, auth)
    expect(done.type).toBe("order")

    const sent = await sentTo(email, 1, "order-confirmation")
    expect(sent).toHaveLength(1)
    const [mail] = sent
    expect(mail.resource_id).toBe(done.order.id)
    expect(mail.data).toMatchObject({
      order_id: done.order.id,
      display_id: done.order.display_id,
      customer_name: "Ana Jobim",
      currency_code: "usd",
      items: [
        {
          title: "Garota De Ipanema",
          album: "Warner 25 Anos",
          artist: "Antônio Carlos Jobim",
          quantity: 1,
          unit_price: 1.99,
          total: 1.99,
        },
      ],
      subtotal: 1.99,
      total: 1.99,
      library_url: `${STOREFRONT}/account/library`,
    })

    // A second delivery of the event sends nothing more.
    const eventBus = container.resolve(Modules.EVENT_BUS)
    await eventBus.emit({ name: "order.placed", data: { id: done.order.id } })
    expect(await sentTo(email, 2, "order-confirmation", 3000)).toHaveLength(1)

    // Orders marked no_notification (as the Chinook import marks its invoices) send nothing.
    const [quiet] = await container.resolve(Modules.ORDER).createOrders([
      {
        email: "imported@example.com",
        currency_code: "usd",
        region_id: setup.region_id,
        no_notification: true,
        items: [{ title: "Warner 25 Anos", variant_title: "Desafinado", quantity: 1, unit_price: 0.99 }],
      },
    ])
    await eventBus.emit({ name: "order.placed", data: { id: quiet.id } })
    expect(await sentTo("imported@example.com", 1, undefined, 3000)).toHaveLength(0)
  })
}
