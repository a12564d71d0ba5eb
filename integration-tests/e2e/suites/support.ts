import AxeBuilder from "@axe-core/playwright"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { chromium, type Browser, type Page } from "playwright-core"
import { STAFF_MODULE } from "../../../src/modules/staff"
import type StaffModuleService from "../../../src/modules/staff/service"
import { ensureStoreSetup, type StoreSetup } from "../../../src/lib/store-setup"
import { registerCustomer } from "../../helpers/customer"
import { buy, makeAlbum, sentTo, staffAuth } from "../../helpers/staff-side"
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH, startStorefront, type StorefrontServer } from "../storefront-server"

// A customer opens a support request about their order in the account,
// staff answer (the customer is mailed), and the customer replies in the thread.
export default function supportSuite({ api, getContainer }: MedusaSuiteOptions) {
  let setup: StoreSetup
  let storefront: StorefrontServer | undefined
  let browser: Browser | undefined
  let orderDisplayId: number

  const email = "ella.fitzgerald@example.com"
  const password = "a-tisket-1938"

  beforeAll(async () => {
    assertChromium()
    const container = getContainer()
    setup = await ensureStoreSetup(container)
    const staff: StaffModuleService = container.resolve(STAFF_MODULE)
    const rep = await staff.createEmployees({ first_name: "Jane", last_name: "Peacock", email: "jane.support@example.com", title: "Sales Support Agent" })
    const auth = await registerCustomer(api, setup.publishable_key, { email, password, first_name: "Ella", last_name: "Fitzgerald" })
    const me = (await api.get("/store/customers/me", auth)).data.customer.id
    await container.resolve(ContainerRegistrationKeys.LINK).create({ [STAFF_MODULE]: { employee_id: rep.id }, [Modules.CUSTOMER]: { customer_id: me } })
    const album = await makeAlbum(container, "Ella Sings", [{ name: "A-Tisket, A-Tasket" }])
    orderDisplayId = (await buy(api, container, setup, auth, [album.tracks[0].variant_id])).display_id
    storefront = await startStorefront({
      MEDUSA_BACKEND_URL: api.defaults.baseURL,
      MEDUSA_PUBLISHABLE_KEY: setup.publishable_key,
      MEDUSA_REGION_ID: setup.region_id,
    })
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  })

  afterAll(async () => {
    await browser?.close()
    await storefront?.stop()
  })

  const main = (page: Page) => page.locator("main")
  const alert = (page: Page) => main(page).getByRole("alert").filter({ hasText: /\S/ })
  const status = (page: Page) => main(page).getByRole("status").filter({ hasText: /\S/ })

  async function axeProblems(page: Page, name: string): Promise<string[]> {
    const { violations } = await new AxeBuilder({ page: page as any }).analyze()
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
  }

  it("opens a request about an order, sees staff's answer and replies; no serious axe violation", async () => {
    const page = await (await browser!.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    const problems: string[] = []
    try {
      await page.goto(`${storefront!.url}/account/support`)
      await page.waitForURL((u) => u.pathname === "/account/login" && u.searchParams.get("next") === "/account/support")
      await page.getByLabel("Email").fill(email)
      await page.getByLabel("Password").fill(password)
      await page.getByRole("button", { name: "Sign in" }).click()
      await page.waitForURL((u) => u.pathname === "/account/support")
      const nav = page.getByRole("navigation", { name: "Account" })
      await expect(nav.getByRole("link", { name: "Support" }).getAttribute("aria-current")).resolves.toBe("page")
      await main(page).getByText("Open a request and your support rep answers").waitFor()
      problems.push(...(await axeProblems(page, "support list (empty)")))

      await main(page).getByRole("link", { name: "New request" }).click()
      await page.waitForURL((u) => u.pathname === "/account/support/new")
      // Nothing typed: both fields say what is missing, focus on the first.
      await page.getByRole("button", { name: "Send request" }).click()
      await page.getByText("Enter a subject.").waitFor()
      await page.getByText("Write your message.").waitFor()
      await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "subject")
      problems.push(...(await axeProblems(page, "new request (errors)")))

      await page.getByLabel("Subject").fill("The download stops half-way")
      const order = page.getByLabel("Order (optional)")
      const label = (await order.locator("option").allInnerTexts()).find((t) => t.startsWith(`Order #${orderDisplayId} `))!
      expect(label).toBeTruthy()
      await order.selectOption({ label })
      await page.getByLabel("Message").fill("The ZIP of Ella Sings stops at 50%.\nCan you help?")
      await expect(main(page).getByText(/^\d+ \/ 5,000 characters$/).innerText()).resolves.toBe("49 / 5,000 characters")
      await page.getByRole("button", { name: "Send request" }).click()
      await page.waitForURL((u) => /^\/account\/support\/sreq_/.test(u.pathname) && u.searchParams.get("sent") === "1")
      await expect(status(page).innerText()).resolves.toContain("Your request is sent")
      await expect(page.getByRole("heading", { name: "The download stops half-way" }).isVisible()).resolves.toBe(true)
      await expect(main(page).getByRole("link", { name: `Order #${orderDisplayId}` }).isVisible()).resolves.toBe(true)
      await expect(main(page).innerText()).resolves.toContain("Jane Peacock")
      await expect(main(page).getByText("Open", { exact: true }).isVisible()).resolves.toBe(true)
      const id = new URL(page.url()).pathname.split("/").pop()!

      // Staff answer from the admin; the customer is mailed and sees it in the thread.
      const admin = await staffAuth(api, getContainer(), "helpdesk@example.com")
      await api.post(`/admin/support-requests/${id}/replies`, { body: "Sorry! Try again now, the file is fixed." }, admin)
      const [mail] = await sentTo(getContainer(), email, 1, "support-reply")
      expect((mail.data as any).url).toMatch(new RegExp(`/account/support/${id}$`))
      await page.reload()
      // The "sent" notice was for the moment the request was made.
      expect(new URL(page.url()).searchParams.has("sent")).toBe(false)
      expect(await status(page).count()).toBe(0)
      const thread = page.getByRole("list", { name: "Conversation" })
      await thread.getByText("Sorry! Try again now, the file is fixed.").waitFor()
      await expect(main(page).getByText("Answered", { exact: true }).isVisible()).resolves.toBe(true)
      problems.push(...(await axeProblems(page, "thread")))

      // An empty reply is refused by name; a real one joins the thread and opens the request again.
      await page.getByRole("button", { name: "Send reply" }).click()
      await page.getByText("Write your reply.").waitFor()
      await page.getByLabel("Your reply").fill("It works now, thank you!")
      await page.getByRole("button", { name: "Send reply" }).click()
      await status(page).filter({ hasText: "Your reply is sent" }).waitFor()
      await thread.getByText("It works now, thank you!").waitFor()
      await expect(page.getByLabel("Your reply").inputValue()).resolves.toBe("")
      await expect(main(page).getByText("Open", { exact: true }).isVisible()).resolves.toBe(true)
      expect(await alert(page).count()).toBe(0)

      // The list shows it; another customer's request id is a 404 page.
      await page.getByRole("link", { name: "All your requests" }).click()
      await page.waitForURL((u) => u.pathname === "/account/support")
      const listed = page.getByRole("list", { name: "Your support requests" })
      await expect(listed.getByRole("listitem").count()).resolves.toBe(1)
      await expect(listed.innerText()).resolves.toMatch(new RegExp(`Order #${orderDisplayId} · 2 replies`))
      problems.push(...(await axeProblems(page, "support list")))
      const other = await registerCustomer(api, setup.publishable_key, { email: "someone.else@example.com" })
      const theirs = (await api.post("/store/customers/me/support-requests", { subject: "Mine", message: "Not yours" }, other)).data.support_request
      const res = await page.goto(`${storefront!.url}/account/support/${theirs.id}`)
      expect(res?.status()).toBe(404)
      expect(await main(page).innerText()).not.toContain("Not yours")
    } finally {
      await page.context().close()
    }
    expect(problems).toEqual([])
  })
}
