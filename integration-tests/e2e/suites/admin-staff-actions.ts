import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import type { Page } from "playwright-core"
import { STAFF_MODULE } from "../../../src/modules/staff"
import type StaffModuleService from "../../../src/modules/staff/service"
import { registerCustomer } from "../../helpers/customer"
import { makeAlbum, type TestAlbum } from "../../helpers/staff-side"
import { fixBackendPort, newPage } from "../support/shop"
import { useStaffDesk } from "../support/staff-desk"

// What staff do by hand in the admin, in Chromium: move a track to another
// album from the album's page (and a shopper then sees it on that album), and
// delete an employee from their page (refused with the API's reason while
// customers are theirs, done after confirming otherwise).
fixBackendPort()

const STAFF = { email: "staff-actions@example.com", password: "staff-actions-pass-1" }

export default function adminStaffActionsSuite({ api, getContainer }: MedusaSuiteOptions) {
  const desk = useStaffDesk({ api, getContainer }, STAFF, { storefront: true })
  const setup = () => desk.setup!

  /** The admin album page's track table as [number, name] rows. */
  async function adminTracks(page: Page, album: TestAlbum, expectedCount: number) {
    await page.goto(`${desk.admin.url}/app/music/albums/${album.id}`)
    await page.getByRole("heading", { name: "Tracks" }).waitFor()
    const rows = page.locator("table tbody tr")
    await rows.nth(expectedCount - 1).waitFor()
    const out: [string, string][] = []
    for (const row of await rows.all()) {
      const cells = await row.getByRole("cell").allInnerTexts()
      out.push([cells[0].trim(), cells[1].trim()])
    }
    return out
  }

  /** The storefront album page's track list as [number, title] rows. */
  async function storeTracks(shopper: Page, albumId: string, title: string) {
    const pk = { headers: { "x-publishable-api-key": setup().publishable_key } }
    const { data } = await api.get(`/store/music/albums/${albumId}?region_id=${setup().region_id}`, pk)
    await shopper.goto(`${desk.storefront!.url}/albums/${encodeURIComponent(data.album.handle)}`)
    await expect(shopper.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(title)
    const rows = shopper.locator("main table tbody tr")
    await rows.first().waitFor()
    const shown: [string, string][] = []
    for (const row of await rows.all()) {
      shown.push([(await row.locator('[data-col="number"]').innerText()).trim(), (await row.locator('[data-col="title"]').innerText()).trim()])
    }
    return shown
  }

  it("moves a track from the album page's drawer to a chosen place on another album; the admin and the storefront show it there", async () => {
    const container = getContainer()
    const source = await makeAlbum(container, "Driftwood Sessions", [{ name: "Low Tide" }, { name: "Wanderer" }, { name: "Salt Air" }])
    const target = await makeAlbum(container, "Harbour Lights", [{ name: "Lantern" }, { name: "Beacon" }])

    const { page, crashes, close } = await desk.staffPage()
    try {
      expect(await adminTracks(page, source, 3)).toEqual([["1", "Low Tide"], ["2", "Wanderer"], ["3", "Salt Air"]])

      // The track's own actions menu opens the move drawer.
      await page.getByRole("button", { name: "Actions for Wanderer" }).click()
      await page.getByRole("menuitem", { name: "Move to another album" }).click()
      const drawer = page.getByRole("dialog", { name: "Move “Wanderer” to another album" })
      await drawer.waitFor()
      // Move is off until another album is chosen.
      await expect(drawer.getByRole("button", { name: "Move", exact: true }).isDisabled()).resolves.toBe(true)

      // The album is found by typing, then picked from the list.
      await drawer.getByRole("searchbox", { name: "Search albums" }).fill("Harbour Lights")
      await drawer.getByRole("combobox").click()
      await page.getByRole("option", { name: "Harbour Lights — Harbour Lights Band" }).click()
      await drawer.getByLabel("Track number (optional: last)").fill("2")
      await drawer.getByRole("button", { name: "Move", exact: true }).click()
      await page.getByText("Moved “Wanderer”").waitFor()
      await drawer.waitFor({ state: "hidden" })

      // The source album's table drops it at once.
      await page.locator("table tbody tr").filter({ hasText: "Wanderer" }).waitFor({ state: "detached" })
      // The old album closes the gap; the new one makes room at the chosen place.
      expect(await adminTracks(page, source, 2)).toEqual([["1", "Low Tide"], ["2", "Salt Air"]])
      expect(await adminTracks(page, target, 3)).toEqual([["1", "Lantern"], ["2", "Wanderer"], ["3", "Beacon"]])
      expect(crashes).toEqual([])
    } finally {
      await close()
    }

    // A shopper sees both albums numbered the same way in the storefront.
    const shopper = await newPage(desk.browser)
    try {
      expect(await storeTracks(shopper, target.id, "Harbour Lights")).toEqual([["1", "Lantern"], ["2", "Wanderer"], ["3", "Beacon"]])
      expect(await storeTracks(shopper, source.id, "Driftwood Sessions")).toEqual([["1", "Low Tide"], ["2", "Salt Air"]])
    } finally {
      await shopper.context().close()
    }
  })

  it("deleting an employee: refused with the reason while they have customers, done after confirming when they have none", async () => {
    const container = getContainer()
    const staffModule: StaffModuleService = container.resolve(STAFF_MODULE)
    const [rep, leaver]: any[] = (await staffModule.createEmployees([
      { first_name: "Rosa", last_name: "Keeper", email: "rosa.keeper@example.com" },
      { first_name: "Otto", last_name: "Gone", email: "otto.gone@example.com" },
    ] as any)) as any
    const customer = await registerCustomer(api, setup().publishable_key, { email: "kept-customer@example.com", first_name: "Kept" })
    const customerId = (await api.get("/store/customers/me", customer)).data.customer.id
    await container.resolve(ContainerRegistrationKeys.LINK).create({ [STAFF_MODULE]: { employee_id: rep.id }, [Modules.CUSTOMER]: { customer_id: customerId } })

    const { page, crashes, close } = await desk.staffPage()
    try {
      // Rosa has a customer: the API refuses (409) and the dialog says why.
      await page.goto(`${desk.admin.url}/app/employees/${rep.id}`)
      await page.getByRole("heading", { name: "Rosa Keeper" }).waitFor()
      await page.getByRole("button", { name: "Delete", exact: true }).click()
      const ask = page.getByRole("alertdialog")
      await ask.getByText("Delete Rosa Keeper?").waitFor()
      const [refusal] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith(`/admin/employees/${rep.id}`) && r.request().method() === "DELETE"),
        ask.getByRole("button", { name: "Delete", exact: true }).click(),
      ])
      expect(refusal.status()).toBe(409)
      await ask.getByText("Cannot delete Rosa Keeper").waitFor()
      await expect(ask.getByRole("alert").innerText()).resolves.toBe(
        "Rosa Keeper still has 1 customer: give the customers another support rep before deleting this employee."
      )
      // No way to delete from the refusal; closing it leaves her page as it was.
      await expect(ask.getByRole("button", { name: "Delete", exact: true }).count()).resolves.toBe(0)
      await ask.getByRole("button", { name: "Close" }).click()
      await ask.waitFor({ state: "hidden" })
      expect(new URL(page.url()).pathname).toBe(`/app/employees/${rep.id}`)
      expect((await staffModule.listEmployees({ id: [rep.id] })).map((e: any) => e.id)).toEqual([rep.id])

      // Otto has none: confirming deletes him and the list no longer has him.
      await page.goto(`${desk.admin.url}/app/employees/${leaver.id}`)
      await page.getByRole("heading", { name: "Otto Gone" }).waitFor()
      await page.getByRole("button", { name: "Delete", exact: true }).click()
      await ask.getByText("Delete Otto Gone?").waitFor()
      await ask.getByRole("button", { name: "Delete", exact: true }).click()
      await page.waitForURL((u) => u.pathname === "/app/employees")
      await page.getByText("Deleted Otto Gone").waitFor()
      const list = page.getByRole("list", { name: "Employee hierarchy" })
      await list.getByRole("link", { name: /Rosa Keeper/ }).waitFor()
      await expect(list.getByRole("link", { name: /Otto Gone/ }).count()).resolves.toBe(0)
      expect(await staffModule.listEmployees({ id: [leaver.id] })).toEqual([])
      expect(crashes).toEqual([])
    } finally {
      await close()
    }
  })
  it("lists albums and tracks in the catalogue pages, searchable, and opens an album from its row", async () => {
    const container = getContainer()
    const album = await makeAlbum(container, "Quayside Echoes", [{ name: "Foghorn Waltz" }, { name: "Mooring Line" }])
    const { page, crashes, close } = await desk.staffPage()

    await page.goto(`${desk.admin.url}/app/music/albums`)
    await page.getByRole("heading", { name: "Albums" }).waitFor()
    await page.getByPlaceholder("Search title or artist").fill("Quayside")
    const albumRow = page.locator("table tbody tr", { hasText: "Quayside Echoes" })
    await albumRow.waitFor()
    await page.waitForFunction(() => document.querySelectorAll("table tbody tr").length === 1)

    await page.goto(`${desk.admin.url}/app/music/tracks`)
    await page.getByRole("heading", { name: "Tracks" }).waitFor()
    await page.getByPlaceholder("Search name or composer").fill("Foghorn")
    await page.locator("table tbody tr", { hasText: "Foghorn Waltz" }).waitFor()
    await page.waitForFunction(() => document.querySelectorAll("table tbody tr").length === 1)

    await page.goto(`${desk.admin.url}/app/music/albums`)
    await page.getByPlaceholder("Search title or artist").fill("Quayside")
    await page.locator("table tbody tr", { hasText: "Quayside Echoes" }).click()
    await page.waitForURL((u) => u.pathname === `/app/music/albums/${album.id}`)
    await page.getByRole("heading", { name: "Tracks" }).waitFor()
    expect(crashes).toEqual([])
    await close()
  })
}
