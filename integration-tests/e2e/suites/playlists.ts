import AxeBuilder from "@axe-core/playwright"
import os from "node:os"
import path from "node:path"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { chromium, type Browser, type Locator, type Page } from "playwright-core"
import { ensureStoreSetup, type StoreSetup } from "../../../src/lib/store-setup"
import { MUSIC_MODULE } from "../../../src/modules/music"
import type MusicModuleService from "../../../src/modules/music/service"
import { OWNERSHIP_MODULE } from "../../../src/modules/ownership"
import type OwnershipModuleService from "../../../src/modules/ownership/service"
import { PLAYLISTS_MODULE } from "../../../src/modules/playlists"
import type PlaylistsModuleService from "../../../src/modules/playlists/service"
import { createAlbumsWorkflow } from "../../../src/workflows/music/create-albums"
import { syncCatalogueVisibilityWorkflow } from "../../../src/workflows/music/sync-catalogue-visibility"
import { registerCustomer } from "../../helpers/customer"
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH, startStorefront, type StorefrontServer } from "../storefront-server"

// Three tracks one search finds, added in this order.
const TRACKS = ["Neon Harbour", "Neon Overpass", "Neon Tollbooth"]
const EMAIL = "dj.playlist@example.com"
const PASSWORD = "night-drive-2026"
const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR || os.tmpdir()
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOT_DIR, `chinook-playlists-${name}.png`) })

export default function playlistsSuite({ api, getContainer }: MedusaSuiteOptions) {
  let setup: StoreSetup
  let storefront: StorefrontServer | undefined
  let browser: Browser | undefined

  beforeAll(async () => {
    assertChromium()
    const container = getContainer()
    setup = await ensureStoreSetup(container)
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const artist = await music.createArtists({ name: "The Late Shift" })
    const { result } = await createAlbumsWorkflow(container).run({
      input: {
        albums: [
          {
            title: "City Lights at Four",
            artist_id: artist.id,
            tracks: TRACKS.map((name) => ({ name, milliseconds: 40_000, unit_price: 0.99 })),
          },
        ],
      },
    })
    await syncCatalogueVisibilityWorkflow(container).run({ input: { product_ids: result.map((a) => a.product_id) } })
    const auth = await registerCustomer(api, setup.publishable_key, { email: EMAIL, password: PASSWORD, first_name: "Dee", last_name: "Jay" })
    // The customer owns the second track (bought earlier): it plays in full, the others as demo clips.
    const { data } = await api.get("/store/customers/me", auth)
    const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
    await ownership.createOwnedTracks({
      customer_id: data.customer.id,
      track_id: result[0].tracks[1].id,
      album_id: result[0].id,
      order_id: "order_e2e_playlists",
      line_item_id: "line_e2e_playlists",
      granted_at: new Date(),
    })

    storefront = await startStorefront({
      MEDUSA_BACKEND_URL: api.defaults.baseURL,
      MEDUSA_PUBLISHABLE_KEY: setup.publishable_key,
      MEDUSA_REGION_ID: setup.region_id,
    })
    // The backend runs in this process and builds share links from STOREFRONT_URL when asked.
    process.env.STOREFRONT_URL = storefront.url
    // Audio starts after a server round trip (the stream URL), past the click's user activation.
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, "--autoplay-policy=no-user-gesture-required"],
    })
  })

  afterAll(async () => {
    await browser?.close()
    await storefront?.stop()
  })

  const header = (page: Page) => page.getByRole("banner")
  const rowTitles = (list: Locator) => list.locator("[data-col=title]").allInnerTexts()

  /** Serious and critical axe violations of the page as it is now, named for the failure message. */
  async function axeProblems(page: Page, name: string): Promise<string[]> {
    const { violations } = await new AxeBuilder({ page: page as any }).analyze()
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
  }

  it("creates a playlist, adds three tracks from search, reorders them by keyboard, shares it and opens the link signed out", async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const base = storefront!.url
    const problems: string[] = []
    try {
      // Sign in; My playlists is in the account's navigation.
      await page.goto(`${base}/account/login?next=${encodeURIComponent("/account")}`)
      await page.getByLabel("Email").fill(EMAIL)
      await page.getByLabel("Password").fill(PASSWORD)
      await page.getByRole("button", { name: "Sign in" }).click()
      await page.waitForURL((u) => u.pathname === "/account")
      await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Playlists" }).click()
      await page.waitForURL((u) => u.pathname === "/account/playlists")
      await page.getByText("No playlists yet.").waitFor()

      // Create: a name is required and 100 characters at most; the new playlist opens.
      await page.getByLabel("Playlist name").fill("Night Drive")
      await page.getByRole("button", { name: "Create playlist" }).click()
      await page.waitForURL((u) => /^\/account\/playlists\/pl_/.test(u.pathname))
      const playlistPath = new URL(page.url()).pathname
      const playlistId = playlistPath.split("/").pop()!
      await page.getByRole("heading", { name: "Night Drive", level: 2 }).waitFor()
      await page.getByText("This playlist is empty.").waitFor()

      // Three tracks from the search results, each through its "Add to a playlist" dialog.
      await header(page).getByRole("combobox", { name: "Search artists, albums and tracks" }).fill("neon")
      await header(page).getByRole("combobox").press("Enter")
      await page.waitForURL((u) => u.pathname === "/search")
      for (const title of TRACKS) {
        await page.getByRole("button", { name: `Add ${title} to a playlist` }).click()
        const dialog = page.getByRole("dialog", { name: `Add “${title}” to a playlist` })
        await dialog.getByRole("button", { name: /^Night Drive/ }).waitFor()
        if (title === TRACKS[2]) await shot(page, "add-dialog")
        await dialog.getByRole("button", { name: /^Night Drive/ }).click()
        await dialog.waitFor({ state: "detached" })
        await page.getByRole("row", { name: new RegExp(title) }).getByRole("status").filter({ hasText: "Added to Night Drive" }).waitFor()
      }
      await shot(page, "search")
      // The same track again is refused, and said so in the dialog.
      await page.getByRole("button", { name: `Add ${TRACKS[0]} to a playlist` }).click()
      const again = page.getByRole("dialog", { name: `Add “${TRACKS[0]}” to a playlist` })
      await again.getByRole("button", { name: /^Night Drive 3 tracks/ }).click()
      await again.getByRole("alert").filter({ hasText: `“${TRACKS[0]}” is already in Night Drive.` }).waitFor()
      await page.keyboard.press("Escape")
      await again.waitFor({ state: "detached" })

      // The playlist holds the three in the order added.
      await page.goto(`${base}${playlistPath}`)
      const list = page.getByRole("list", { name: "Tracks of Night Drive" })
      await expect(rowTitles(list)).resolves.toEqual(TRACKS)
      problems.push(...(await axeProblems(page, "my playlist")))

      // Keyboard: pick up the last track by its handle, move it up twice, drop it. Each step is
      // announced to screen readers; the next key waits for it, as a listener would.
      const announced = (text: string) => page.getByText(text, { exact: true }).waitFor({ state: "attached" })
      const handle = page.getByRole("button", { name: `Move ${TRACKS[2]}`, exact: true })
      await handle.focus()
      await page.keyboard.press("Space")
      await page.locator(`[aria-label="Move ${TRACKS[2]}"][aria-pressed="true"]`).waitFor()
      await announced(`Picked up ${TRACKS[2]}, at position 3 of 3.`)
      await page.keyboard.press("ArrowUp")
      await announced(`${TRACKS[2]} is over position 2 of 3.`)
      await page.keyboard.press("ArrowUp")
      await announced(`${TRACKS[2]} is over position 1 of 3.`)
      await page.keyboard.press("Space")
      await page.getByRole("status").filter({ hasText: "Saved the new order." }).waitFor()
      const reordered = [TRACKS[2], TRACKS[0], TRACKS[1]]
      await expect(rowTitles(list)).resolves.toEqual(reordered)
      await shot(page, "editor")
      // Saved on the server, positions 0..2: the page says so after a reload, and so does the module.
      await page.reload()
      await expect(rowTitles(page.getByRole("list", { name: "Tracks of Night Drive" }))).resolves.toEqual(reordered)
      const playlists: PlaylistsModuleService = getContainer().resolve(PLAYLISTS_MODULE)
      const rows = await playlists.listPlaylistTracks({ playlist_id: playlistId }, { order: { position: "ASC" } })
      expect(rows.map((r) => r.position)).toEqual([0, 1, 2])

      // Playing: the owned track in full, the others as demo clips.
      await page.getByRole("button", { name: `Play ${TRACKS[1]}`, exact: true }).click()
      await page.getByRole("region", { name: "Player", exact: true }).getByText("Full track").waitFor()
      await page.waitForFunction(() => {
        const audio = document.querySelector<HTMLAudioElement>("audio[data-testid=preview-audio]")
        return !!audio && !audio.paused && audio.currentSrc.includes("/downloads/") && audio.duration > 35
      }, undefined, { timeout: 60_000 })
      await page.getByRole("button", { name: `Play demo clip of ${TRACKS[0]}`, exact: true }).click()
      await page.getByRole("region", { name: "Preview player", exact: true }).getByText("Demo clip").waitFor()
      await page.waitForFunction(() => {
        const audio = document.querySelector<HTMLAudioElement>("audio[data-testid=preview-audio]")
        return !!audio && !audio.paused && /\/api\/preview\//.test(audio.currentSrc)
      })
      await page.getByRole("button", { name: "Close the player" }).click()

      // "Buy what I don't own": the two tracks not owned go into the cart at once.
      await page.getByRole("button", { name: "Buy what I don't own" }).click()
      await page.getByRole("status").filter({ hasText: "Added 2 tracks to your cart (skipped 1 track you own)." }).waitFor()
      await header(page).getByRole("link", { name: "Cart 2 items", exact: true }).waitFor()

      // Share: the dialog makes the link.
      await page.getByRole("button", { name: "Share — Night Drive" }).click()
      const share = page.getByRole("dialog", { name: "Share “Night Drive”" })
      await share.getByRole("button", { name: "Create link" }).click()
      await share.getByRole("status").filter({ hasText: "Link created." }).waitFor()
      const link = await share.getByLabel("Share link").inputValue()
      expect(link).toMatch(new RegExp(`^${base.replace(/[.:/]/g, "\\$&")}/playlists/shared/[A-Za-z0-9_-]{43}$`))
      problems.push(...(await axeProblems(page, "share dialog")))
      await shot(page, "share-dialog")
      await share.getByRole("button", { name: "Close" }).click()

      // A fresh browser context, signed out, opens the link: the playlist in its new order, read-only.
      const stranger = await browser!.newContext({ viewport: { width: 1280, height: 900 } })
      try {
        const guest = await stranger.newPage()
        await guest.goto(link)
        await header(guest).getByRole("link", { name: "Sign in" }).waitFor()
        await guest.getByRole("heading", { name: "Night Drive", level: 1 }).waitFor()
        await expect(guest.locator("main table tbody [data-col=title]").allInnerTexts()).resolves.toEqual(reordered)
        for (const name of [/^Move /, /^Remove /, /^Share/, "Edit details", "Delete playlist"]) {
          expect(await guest.getByRole("button", { name }).count()).toBe(0)
        }
        await guest.getByRole("button", { name: "Play", exact: true }).waitFor()
        await guest.getByRole("button", { name: "Copy to my playlists" }).waitFor()
        problems.push(...(await axeProblems(guest, "shared playlist")))
        await shot(guest, "shared")

        // Stop sharing: the same link is dead at once.
        await page.getByRole("button", { name: "Shared — Night Drive" }).click()
        await page.getByRole("dialog", { name: "Share “Night Drive”" }).getByRole("button", { name: "Stop sharing" }).click()
        await page.getByRole("status").filter({ hasText: "Sharing stopped" }).waitFor()
        const dead = await guest.goto(link)
        expect(dead?.status()).toBe(404)
        expect(await guest.getByRole("heading", { name: "Night Drive" }).count()).toBe(0)
      } finally {
        await stranger.close()
      }

      // Rename, then delete (asked twice): back to My playlists, which is empty again.
      await page.keyboard.press("Escape")
      await page.getByRole("dialog").waitFor({ state: "detached" })
      await page.getByText("Edit details", { exact: true }).click()
      await page.getByLabel("Name", { exact: true }).fill("Night Drive 2")
      await page.getByRole("button", { name: "Save details" }).click()
      await page.getByRole("status").filter({ hasText: "Details saved." }).waitFor()
      await page.getByRole("heading", { name: "Night Drive 2", level: 2 }).waitFor()
      await page.getByRole("button", { name: "Delete playlist" }).click()
      await page.getByRole("button", { name: "Yes, delete this playlist" }).click()
      await page.waitForURL((u) => u.pathname === "/account/playlists" && u.searchParams.get("deleted") === "1")
      await page.getByRole("status").filter({ hasText: "The playlist was deleted." }).waitFor()
      await page.getByText("No playlists yet.").waitFor()
      expect((await page.goto(`${base}${playlistPath}`))?.status()).toBe(404)

      expect(problems).toEqual([])
    } finally {
      await context.close()
    }
  })
}
