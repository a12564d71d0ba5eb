import fs from "node:fs"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Page } from "playwright-core"
import { importChinook, startFromImportedChinook } from "../helpers/chinook"
import { useStaffDesk } from "./support/staff-desk"

jest.setTimeout(600_000)

type Invoice = { InvoiceDate: string; BillingCountry: string; Total: number }
const STAFF = { email: "sales-staff@example.com", password: "sales-staff-pass-1" }
const usd = (cents: number) => new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(cents / 100)

// The admin's Sales page on the imported Chinook history, in Chromium:
// staff log in, open Sales from the sidebar, see the totals and the charts
// drawn from the report, narrow the range and export a CSV.
startFromImportedChinook()
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    // The bundle builds while the catalogue is imported.
    const desk = useStaffDesk({ api, getContainer }, STAFF, { prepare: importChinook })
    let invoices: Invoice[]

    beforeAll(() => {
      invoices = JSON.parse(fs.readFileSync(process.env.CHINOOK_DATA!, "utf8").replace(/^\uFEFF/, "")).Invoice
    })

    const section = (page: Page, report: string) => page.locator(`[data-report="${report}"]`)
    const total = (page: Page, name: string) => page.locator(`[data-total="${name}"] h2`)

    it("shows the Sales page: totals, charts drawn from the figures, a date range and a CSV export", async () => {
      const { page, crashes, close } = await desk.staffPage({
        viewport: { width: 1440, height: process.env.ADMIN_SALES_SCREENSHOT ? 3600 : 1000 },
        acceptDownloads: true,
      })
      try {
        // The page is in the sidebar, as the route config says.
        await page.getByRole("link", { name: "Sales", exact: true }).click()
        await page.waitForURL((u) => u.pathname === "/app/sales")
        await page.getByRole("heading", { level: 1, name: "Sales" }).waitFor()

        // Totals of the whole history: Chinook's 2328.60 over 412 invoices.
        const allCents = invoices.reduce((s, i) => s + Math.round(i.Total * 100), 0)
        expect(allCents).toBe(232860)
        await expect(total(page, "revenue").innerText()).resolves.toBe("$2,328.60")
        await expect(total(page, "orders").innerText()).resolves.toBe("412")
        await expect(total(page, "units").innerText()).resolves.toBe("2,240")

        // Revenue over time: an area through one point per month, 2021-01 to 2025-12.
        const area = section(page, "month").locator("svg path.recharts-area-curve")
        await area.waitFor()
        const months = new Set(invoices.map((i) => i.InvoiceDate.slice(0, 7)))
        expect(months.size).toBe(60)
        expect((await area.getAttribute("d"))!.match(/[MLC]/g)).toHaveLength(months.size)

        // By country: ten bars, the longest the United States, as the table beside says.
        const bars = section(page, "country").locator("svg .recharts-bar-rectangle path")
        await bars.first().waitFor()
        expect(await bars.count()).toBe(10)
        const widths = await bars.evaluateAll((els) => els.map((e) => (e as SVGGraphicsElement).getBBox().width))
        expect(widths[0]).toBeGreaterThan(0)
        expect(widths).toEqual([...widths].sort((a, b) => b - a))
        const countryCents = new Map<string, number>()
        for (const i of invoices) countryCents.set(i.BillingCountry, (countryCents.get(i.BillingCountry) ?? 0) + Math.round(i.Total * 100))
        const firstRow = section(page, "country").locator("tbody tr").first()
        await expect(firstRow.innerText()).resolves.toContain("United States")
        await expect(firstRow.innerText()).resolves.toContain(usd(countryCents.get("USA")!))
        await expect(section(page, "country").innerText()).resolves.toContain("Top 10 of 24")

        // Every other ranking draws its bars too.
        for (const report of ["genre", "artist", "track", "support_rep", "media_type"]) {
          await section(page, report).locator("svg .recharts-bar-rectangle").first().waitFor()
        }
        // ADMIN_SALES_SCREENSHOT=file.png keeps a picture of the page, for a look.
        if (process.env.ADMIN_SALES_SCREENSHOT) await page.screenshot({ path: process.env.ADMIN_SALES_SCREENSHOT, fullPage: true })
        await expect(section(page, "support_rep").locator("tbody tr").first().innerText()).resolves.toContain("Jane Peacock")

        // A date range: 2023 alone, totals and charts follow.
        const in2023 = invoices.filter((i) => i.InvoiceDate.startsWith("2023"))
        await page.getByLabel("From", { exact: true }).fill("2023-01-01")
        await page.getByLabel("To", { exact: true }).fill("2023-12-31")
        await page.waitForURL((u) => u.searchParams.get("from") === "2023-01-01" && u.searchParams.get("to") === "2023-12-31")
        await page.waitForFunction(
          (expected) => document.querySelector('[data-total="revenue"] h2')?.textContent === expected,
          usd(in2023.reduce((s, i) => s + Math.round(i.Total * 100), 0))
        )
        await expect(total(page, "orders").innerText()).resolves.toBe(String(in2023.length))
        await expect(page.locator('[data-table="year"] tbody tr').count()).resolves.toBe(1)

        // Export: the country report of that range, as a CSV file.
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          section(page, "country").getByRole("button", { name: "Export CSV" }).click(),
        ])
        expect(download.suggestedFilename()).toBe("sales-by-country-from-2023-01-01-to-2023-12-31.csv")
        const csv = fs.readFileSync((await download.path())!, "utf8")
        const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n")
        expect(lines[0]).toBe("key,label,detail,revenue,currency_code,units,orders")
        const countries2023 = new Set(in2023.map((i) => i.BillingCountry))
        expect(lines).toHaveLength(1 + countries2023.size)
        expect(lines.some((l) => l.startsWith("us,United States,"))).toBe(true)

        // A range with no sales says so, and offers nothing to export.
        await page.getByLabel("From", { exact: true }).fill("2030-01-01")
        await page.getByLabel("To", { exact: true }).fill("2030-12-31")
        await section(page, "genre").getByText("No sales in this period").waitFor()
        await expect(section(page, "genre").getByRole("button", { name: "Export CSV" }).isDisabled()).resolves.toBe(true)
        await expect(total(page, "revenue").innerText()).resolves.toBe("$0.00")

        expect(crashes).toEqual([])
      } finally {
        await close()
      }
    })

    it("sends a visitor without a staff login to the login page", async () => {
      const context = await desk.browser.newContext()
      const page = await context.newPage()
      try {
        await page.goto(`${desk.admin.url}/app/sales`)
        await page.waitForURL((u) => u.pathname === "/app/login")
        const res = await page.request.get(`${desk.admin.url}/admin/reports/sales?group_by=month`)
        expect(res.status()).toBe(401)
      } finally {
        await context.close()
      }
    })
  },
})
