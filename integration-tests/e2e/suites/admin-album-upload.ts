import fs from "node:fs"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { requireFfmpeg, tone, useAudioDirs } from "../../helpers/audio-fixtures"
import { fixBackendPort, newPage } from "../support/shop"
import { useStaffDesk } from "../support/staff-desk"

// Staff make an album in the admin from one tagged file, in Chromium, and a
// shopper then finds it in the storefront: the admin's upload page, the
// upload route, the album workflow, the store's search and album page, and
// the preview cut from the master, end to end.
const dirs = useAudioDirs("chinook-admin-album-upload")
// Covers are stored with absolute URLs on MEDUSA_BACKEND_URL: the browser loads them from this port.
fixBackendPort()

const STAFF = { email: "catalogue-staff@example.com", password: "catalogue-staff-pass-1" }
const TAGS = { title: "Quartzite Morning", artist: "The Lathe Operators", album: "Spindle Hymns", track: "1/1", genre: "Ambient" }

export default function adminAlbumUploadSuite({ api, getContainer }: MedusaSuiteOptions) {
  beforeAll(() => requireFfmpeg("admin-album-upload.spec.ts"))
  const desk = useStaffDesk({ api, getContainer }, STAFF, { storefront: true })

  it("creates an album from an uploaded file in the admin; the storefront's search and album page then show it", async () => {
    // 35 s: longer than the 30-second preview cut from it.
    const master = tone(dirs.fixtures, "quartzite-morning", "mp3", 35, TAGS)

    const { page, crashes, close } = await desk.staffPage()
    let productId: string
    try {
      // The page is in the sidebar, as its route config says.
      await page.getByRole("link", { name: "Upload album", exact: true }).click()
      await page.waitForURL((u) => u.pathname === "/app/music-upload")
      await page.getByRole("heading", { level: 1, name: "Upload album" }).waitFor()

      // The file goes to the page's own file input; the server reads its tags (a dry run).
      await page.locator('input[type="file"]').setInputFiles(master.file)
      const row = page.getByRole("row").filter({ hasText: "quartzite-morning.mp3" })
      await row.waitFor()
      const cells = await row.getByRole("cell").allInnerTexts()
      expect(cells.slice(0, 5)).toEqual(["1", "Quartzite Morning", "– / 1", "0:35", expect.stringMatching(/^MP3 · 19\d kbps$/)])
      await expect(page.getByLabel("Artist").getAttribute("placeholder")).resolves.toBe("The Lathe Operators")
      await expect(page.getByLabel("Album title").getAttribute("placeholder")).resolves.toBe("Spindle Hymns")
      await page.getByLabel("Price of each track").fill("1.29")

      await page.getByRole("button", { name: 'Create "Spindle Hymns"' }).click()
      const productLink = page.getByRole("link", { name: "Open the album's product" })
      await productLink.waitFor({ timeout: 60_000 })
      await page.getByText("New artist The Lathe Operators").waitFor()
      // Created with its preview: no "no preview" badge.
      await expect(row.getByText("no preview").count()).resolves.toBe(0)
      productId = (await productLink.getAttribute("href"))!.split("/").pop()!
      expect(productId).toMatch(/^prod_/)
      // The master is kept as a private file, next to its preview.
      expect(fs.readdirSync(dirs.masters).filter((f) => f.endsWith(".mp3")).length).toBe(2)
      expect(crashes).toEqual([])
    } finally {
      await close()
    }

    const shopper = await newPage(desk.browser)
    try {
      // The store's search, from the box in the header.
      await shopper.goto(`${desk.storefront!.url}/`)
      const box = shopper.getByRole("banner").getByRole("combobox")
      await box.fill("quartzite")
      await box.press("Enter")
      await shopper.waitForURL((u) => u.pathname === "/search" && u.searchParams.get("q") === "quartzite")
      const trackRow = shopper.getByRole("table").locator("tbody tr").filter({ hasText: "Quartzite Morning" })
      await trackRow.waitFor()
      expect(await trackRow.innerText()).toContain("The Lathe Operators")
      expect(await trackRow.innerText()).toContain("$1.29")

      // Then the album by its title, from the search page's own form.
      const again = shopper.getByRole("search", { name: "Search again" })
      await again.getByRole("searchbox").fill("spindle hymns")
      await again.getByRole("button", { name: "Search" }).click()
      await shopper.waitForURL((u) => u.searchParams.get("q") === "spindle hymns")
      const albums = shopper.getByRole("list", { name: "Albums found" })
      await albums.waitFor()
      expect(await albums.locator("article h3").allInnerTexts()).toEqual(["Spindle Hymns"])

      // Its album page, from the search results.
      await albums.getByRole("link", { name: "Spindle Hymns", exact: true }).click()
      await shopper.waitForURL((u) => u.pathname.startsWith("/albums/"))
      await expect(shopper.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Spindle Hymns")
      const main = await shopper.locator("main").innerText()
      expect(main).toContain("by The Lathe Operators")
      const tracks = shopper.locator("main table tbody tr")
      expect(await tracks.count()).toBe(1)
      expect(await tracks.first().innerText()).toMatch(/Quartzite Morning[\s\S]*0:35[\s\S]*\$1\.29/)
      // Its preview is the excerpt cut from the uploaded master, and the page says so.
      await expect(shopper.locator("[data-preview-note]").getAttribute("data-preview-note")).resolves.toBe("excerpt")
      expect(main).toContain("Previews are 30-second excerpts of the recordings.")
      expect(main).not.toContain("generated")

      // The player plays it: the clip comes through the storefront as MP3.
      const [clip] = await Promise.all([
        shopper.waitForResponse((r) => r.url().includes("/api/preview/")),
        shopper.getByRole("button", { name: "Play demo clip of Quartzite Morning" }).click(),
      ])
      expect(clip.status()).toBeLessThan(300)
      expect(clip.headers()["content-type"]).toBe("audio/mpeg")
      await shopper.getByRole("region", { name: "Preview player" }).getByText("Excerpt", { exact: true }).waitFor()
    } finally {
      await shopper.context().close()
    }
  })
}
