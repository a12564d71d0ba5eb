import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { chromium, type Browser } from "playwright-core"
import { ensureStaffLogin } from "../../src/lib/staff-login"
import { MUSIC_MODULE } from "../../src/modules/music"
import type MusicModuleService from "../../src/modules/music/service"
import { ensureAdminBuild, loginToAdmin, startAdmin, type AdminServer } from "./admin-server"
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from "./storefront-server"

jest.setTimeout(600_000)

const STAFF = { email: "audit-staff@example.com", password: "audit-staff-pass-1" }

// The admin's Audit log page, in Chromium: changes made through the admin
// API show in the sidebar's Audit log with who made them and what changed.
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: AdminServer | undefined
    let browser: Browser | undefined

    beforeAll(async () => {
      assertChromium()
      const container = getContainer()
      const [bundle] = await Promise.all([ensureAdminBuild((m) => process.stderr.write(`${m}\n`)), ensureStaffLogin(container, STAFF)])
      admin = await startAdmin(bundle, api.defaults.baseURL!)
      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
    })

    afterAll(async () => {
      await browser?.close()
      await admin?.stop()
    })

    it("lists staff changes, newest first, with who made them and what changed", async () => {
      const music: MusicModuleService = getContainer().resolve(MUSIC_MODULE)
      const [artist] = await music.createArtists([{ name: "Tom Zé" }])
      const { data: login } = await api.post("/auth/user/emailpass", STAFF)
      const staff = { headers: { authorization: `Bearer ${login.token}` } }
      await api.post(`/admin/music/artists/${artist.id}`, { name: "Tom Zé e Banda" }, staff)
      await api.delete(`/admin/music/artists/${artist.id}`, staff)

      const context = await browser!.newContext({ viewport: { width: 1440, height: 1000 } })
      const page = await context.newPage()
      const crashes: string[] = []
      page.on("pageerror", (e) => crashes.push(e.message))
      try {
        await loginToAdmin(page, admin!.url, STAFF)

        await page.getByRole("link", { name: "Audit log", exact: true }).click()
        await page.waitForURL((u) => u.pathname === "/app/audit-log")
        await page.getByRole("heading", { name: "Audit log" }).waitFor()

        const rows = page.locator("table tbody tr")
        await rows.nth(1).waitFor()
        expect(await rows.count()).toBe(2)
        await expect(rows.nth(0).innerText()).resolves.toMatch(/audit-staff@example\.com[\s\S]*Deleted[\s\S]*Artist[\s\S]*Artist "Tom Zé e Banda" deleted/)
        await expect(rows.nth(1).innerText()).resolves.toMatch(/Edited[\s\S]*Artist "Tom Zé e Banda": name: "Tom Zé" → "Tom Zé e Banda"/)
        expect(crashes).toEqual([])
      } finally {
        await context.close()
      }
    })
  },
})
