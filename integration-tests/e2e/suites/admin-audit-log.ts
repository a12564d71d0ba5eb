import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { MUSIC_MODULE } from "../../../src/modules/music"
import type MusicModuleService from "../../../src/modules/music/service"
import { useStaffDesk } from "../support/staff-desk"

const STAFF = { email: "audit-staff@example.com", password: "audit-staff-pass-1" }

// The admin's Audit log page, in Chromium: changes made through the admin
// API show in the sidebar's Audit log with who made them and what changed.
export default function adminAuditLogSuite({ api, getContainer }: MedusaSuiteOptions) {
  const desk = useStaffDesk({ api, getContainer }, STAFF)

  it("lists staff changes, newest first, with who made them and what changed", async () => {
    const music: MusicModuleService = getContainer().resolve(MUSIC_MODULE)
    const [artist] = await music.createArtists([{ name: "Tom Zé" }])
    const { data: login } = await api.post("/auth/user/emailpass", STAFF)
    const staff = { headers: { authorization: `Bearer ${login.token}` } }
    await api.post(`/admin/music/artists/${artist.id}`, { name: "Tom Zé e Banda" }, staff)
    await api.delete(`/admin/music/artists/${artist.id}`, staff)

    const { page, crashes, close } = await desk.staffPage()
    try {
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
      await close()
    }
  })
}
