import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import type { Browser, Page } from "playwright-core"
import { ensureStoreSetup, type StoreSetup } from "../../../src/lib/store-setup"
import { assertChromium, type StorefrontServer } from "../storefront-server"
import { signIn, submitRegistration } from "../support/account-forms"
import { closeShop, newPage, openShop } from "../support/shop"

export default function accountSuite({ api, getContainer }: MedusaSuiteOptions) {
  let setup: StoreSetup
  let storefront: StorefrontServer | undefined
  let browser: Browser | undefined

  beforeAll(async () => {
    assertChromium()
    setup = await ensureStoreSetup(getContainer())
    ;({ storefront, browser } = await openShop(api, setup))
  })

  afterAll(() => closeShop({ browser, storefront }))

  const header = (page: Page) => page.getByRole("banner")
  // Within main: Next's route announcer is an alert of its own.
  const alert = (page: Page) => page.locator("main").getByRole("alert").filter({ hasText: /\S/ })
  const status = (page: Page) => page.locator("main").getByRole("status").filter({ hasText: /\S/ })

  it("registers, signs out, signs in, edits the profile, and explains mistakes", async () => {
    const page = await newPage(browser!)
    const email = "nina.simone@example.com"
    try {
      // Logged out: the account sends to sign in, and comes back after.
      await page.goto(`${storefront!.url}/account/profile`)
      await page.waitForURL((u) => u.pathname === "/account/login" && u.searchParams.get("next") === "/account/profile")
      await header(page).getByRole("link", { name: "Sign in" }).waitFor()

      await page.getByRole("link", { name: "Create an account" }).click()
      await page.waitForURL((u) => u.pathname === "/account/register")
      // Missing and weak fields are named next to the field, and focus goes to the first.
      await page.getByLabel("Email").fill("nina@")
      await page.getByLabel("Password").fill("short")
      await page.getByRole("button", { name: "Create account" }).click()
      await page.getByText("Enter your first name.").waitFor()
      await page.getByText("Enter a valid email address, like name@example.com.").waitFor()
      await page.getByText("Use at least 8 characters.").waitFor()
      await page.waitForFunction(() => document.activeElement?.getAttribute("name") === "first_name")
      await expect(page.getByLabel("First name").getAttribute("aria-invalid")).resolves.toBe("true")
      // What was typed stays (except the password).
      await expect(page.getByLabel("Email").inputValue()).resolves.toBe("nina@")

      await submitRegistration(page, { first_name: "Nina", last_name: "Simone", email, password: "feeling-good-65" })
      await page.waitForURL((u) => u.pathname === "/account")
      await header(page).getByRole("link", { name: /Nina Simone/ }).waitFor()
      await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Hello, Nina")

      await page.getByRole("button", { name: "Sign out" }).click()
      await page.waitForURL((u) => u.pathname === "/")
      await header(page).getByRole("link", { name: "Sign in" }).waitFor()
      await expect(header(page).innerText()).resolves.not.toContain("Nina")

      // The same address cannot be registered twice.
      await page.goto(`${storefront!.url}/account/register`)
      await submitRegistration(page, { first_name: "Other", last_name: "Person", email, password: "another-pass-1" })
      await expect(alert(page).innerText()).resolves.toContain("An account with this email already exists")

      // A wrong password says so, in words, and keeps the email.
      await page.goto(`${storefront!.url}/account/profile`)
      await page.waitForURL((u) => u.pathname === "/account/login" && u.searchParams.get("next") === "/account/profile")
      await signIn(page, email, "not-my-password")
      await expect(alert(page).innerText()).resolves.toBe(
        "That email and password don't match an account. Check them and try again, or reset your password."
      )
      await expect(page.getByLabel("Email").inputValue()).resolves.toBe(email)
      expect(await page.locator("main").innerText()).not.toMatch(/500|Internal|Unauthorized/)

      // Signed in, back to the page that asked for it.
      await signIn(page, email, "feeling-good-65")
      await page.waitForURL((u) => u.pathname === "/account/profile")
      await header(page).getByRole("link", { name: /Nina Simone/ }).waitFor()
      const accountNav = page.getByRole("navigation", { name: "Account" })
      await expect(accountNav.getByRole("link", { name: "Profile" }).getAttribute("aria-current")).resolves.toBe("page")
      await expect(page.getByLabel("Email").inputValue()).resolves.toBe(email)
      await expect(page.getByLabel("Email").getAttribute("readonly")).resolves.not.toBeNull()
      await page.getByLabel("First name").fill("Eunice")
      await page.getByLabel("Last name").fill("Waymon")
      await page.getByLabel("Phone").fill("+1 555 0133")
      await page.getByRole("button", { name: "Save profile" }).click()
      await expect(status(page).innerText()).resolves.toBe("Your profile is saved.")
      await header(page).getByRole("link", { name: /Eunice Waymon/ }).waitFor()
      await page.reload()
      await expect(page.getByLabel("First name").inputValue()).resolves.toBe("Eunice")
      await expect(page.getByLabel("Phone").inputValue()).resolves.toBe("+1 555 0133")

      const { data } = await api.post("/auth/customer/emailpass", { email, password: "feeling-good-65" })
      const { data: me } = await api.get("/store/customers/me", {
        headers: { "x-publishable-api-key": setup.publishable_key, authorization: `Bearer ${data.token}` },
      })
      expect(me.customer).toMatchObject({ first_name: "Eunice", last_name: "Waymon", phone: "+1 555 0133" })

      // The token lives in an httpOnly cookie: no script on the page can read it.
      const cookies = await page.context().cookies()
      const auth = cookies.find((c) => c.name === "_chinook_jwt")
      expect(auth?.httpOnly).toBe(true)
      await expect(page.evaluate(() => document.cookie)).resolves.not.toContain("_chinook_jwt")
    } finally {
      await page.context().close()
    }
  })

  it("resets a forgotten password from the emailed link", async () => {
    const page = await (await browser!.newContext()).newPage()
    const email = "forgetful@example.com"
    try {
      await page.goto(`${storefront!.url}/account/register`)
      await submitRegistration(page, { first_name: "Fay", last_name: "Getful", email, password: "first-password-1" })
      await page.waitForURL((u) => u.pathname === "/account")
      await page.getByRole("button", { name: "Sign out" }).click()
      await page.waitForURL((u) => u.pathname === "/")

      await header(page).getByRole("link", { name: "Sign in" }).click()
      await page.waitForURL((u) => u.pathname === "/account/login")
      await page.getByRole("link", { name: "Forgot your password?" }).click()
      await page.waitForURL((u) => u.pathname === "/account/reset-password")
      await page.getByLabel("Email").fill(email)
      await page.getByRole("button", { name: "Send me a reset link" }).click()
      await expect(status(page).innerText()).resolves.toContain(
        `If ${email} has an account, a link`
      )

      const notifications = getContainer().resolve("notification")
      let sent: any[] = []
      for (let i = 0; i < 100 && !sent.length; i++) {
        sent = await notifications.listNotifications({ to: email, template: "password-reset" })
        if (!sent.length) await new Promise((r) => setTimeout(r, 100))
      }
      expect(sent).toHaveLength(1)
      // The link names the configured storefront; open the same path and query on the test's server.
      const link = new URL(sent[0].data.url)
      await page.goto(`${storefront!.url}${link.pathname}${link.search}`)
      await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Choose a new password")
      await page.getByLabel("New password", { exact: true }).fill("second-password-2")
      await page.getByLabel("New password again").fill("second-password-X")
      await page.getByRole("button", { name: "Save new password" }).click()
      await page.getByText("The two passwords are different.").waitFor()
      await page.getByLabel("New password", { exact: true }).fill("second-password-2")
      await page.getByLabel("New password again").fill("second-password-2")
      await page.getByRole("button", { name: "Save new password" }).click()
      await page.waitForURL((u) => u.pathname === "/account")
      await expect(page.locator("main").innerText()).resolves.toContain("Your new password is saved and you are signed in.")
      await header(page).getByRole("link", { name: /Fay Getful/ }).waitFor()

      // The link worked once.
      await page.goto(`${storefront!.url}${link.pathname}${link.search}`)
      await page.getByLabel("New password", { exact: true }).fill("third-password-3")
      await page.getByLabel("New password again").fill("third-password-3")
      await page.getByRole("button", { name: "Save new password" }).click()
      await expect(alert(page).innerText()).resolves.toBe("This reset link has expired or was already used.")
      await page.getByRole("link", { name: "Ask for a new reset link" }).click()
      await page.waitForURL((u) => u.pathname === "/account/reset-password")
    } finally {
      await page.context().close()
    }
  })
}
