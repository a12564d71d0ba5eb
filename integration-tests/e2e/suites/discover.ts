import os from "node:os"
import path from "node:path"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import type { Browser, Locator, Page } from "playwright-core"
import { ensureStoreSetup } from "../../../src/lib/store-setup"
import { createReferenceRecordsWorkflow } from "../../../src/workflows/music/create-reference-records"
import { TRACK_LINE_FIELDS, trackLineItem } from "../../../src/workflows/orders/utils/track-line-item"
import { createPlaylistsWorkflow } from "../../../src/workflows/playlists/create-playlists"
import { createTestAlbums, productHandles } from "../../helpers/catalogue"
import { recordPaidOrders } from "../../helpers/purchase"
import { assertChromium, type StorefrontServer } from "../storefront-server"
import { closeShop, fixBackendPort, newPage as openPage, openShop } from "../support/shop"

// The discovery journey: home → genre → artist → album, search as you type
// with a typo, and demo clips in the mini player, in Debian's Chromium.
const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR || os.tmpdir()

// Covers are stored with absolute URLs on MEDUSA_BACKEND_URL: the browser loads them from this port.
fixBackendPort()

const PIECE_OF_MIND = [
  ["Where Eagles Dare", 0.99],
  ["Revelations", 0.99],
  ["Flight Of Icarus", 1.29],
  ["Die With Your Boots On", 0.99],
] as const

export default function discoverSuite({ api, getContainer }: MedusaSuiteOptions) {
  let storefront: StorefrontServer | undefined
  let browser: Browser | undefined
  let handles: Record<string, string>
  let playlistId: string

  beforeAll(async () => {
    assertChromium()
    const container = getContainer()
    const setup = await ensureStoreSetup(container)

    const {
      result: { genres, artists, media_types },
    } = await createReferenceRecordsWorkflow(container).run({
      input: {
        genres: [{ name: "Rock" }, { name: "Jazz" }, { name: "Heavy Metal" }],
        media_types: [{ name: "MPEG audio file" }],
        artists: [{ name: "Iron Maiden" }, { name: "Miles Davis" }, { name: "Antônio Carlos Jobim" }],
      },
    })
    const genre = (name: string) => genres.find((g) => g.name === name)!.id
    const artist = (name: string) => artists.find((a) => a.name === name)!.id
    const track = (name: string, unit_price: number, genreName: string) => ({
      name,
      unit_price,
      milliseconds: 215_000,
      composer: "Steve Harris",
      genre_id: genre(genreName),
      media_type_id: media_types[0].id,
    })

    const albums = await createTestAlbums(container, {
      albums: [
        {
          title: "Piece Of Mind",
          artist_id: artist("Iron Maiden"),
          album_price: 2.49,
          tracks: PIECE_OF_MIND.map(([name, price]) => track(name, price, "Rock")),
        },
        {
          title: "Powerslave",
          artist_id: artist("Iron Maiden"),
          tracks: [track("Aces High", 0.99, "Rock"), track("2 Minutes To Midnight", 0.99, "Heavy Metal")],
        },
        {
          title: "Kind Of Blue",
          artist_id: artist("Miles Davis"),
          tracks: [track("So What", 0.99, "Jazz"), track("Blue In Green", 0.99, "Jazz")],
        },
        {
          title: "Wave",
          artist_id: artist("Antônio Carlos Jobim"),
          tracks: [track("Wave", 0.99, "Jazz")],
        },
      ],
    })
    handles = await productHandles(container, albums)

    const trackId = (album: string, name: string) =>
      albums.find((a) => a.title === album)!.tracks.find((t) => t.name === name)!.id
    const {
      result: [playlist],
    } = await createPlaylistsWorkflow(container).run({
      input: {
        playlists: [
          {
            name: "Late Night Jazz",
            description: "Cool records for after hours.",
            editorial: true,
            track_ids: [trackId("Kind Of Blue", "So What"), trackId("Wave", "Wave"), trackId("Kind Of Blue", "Blue In Green")],
          },
        ],
      },
    })
    playlistId = playlist.id

    // One customer's order from 2024, so the all-time charts have best
    // sellers and the last 30 days have none: Piece Of Mind (4 tracks
    // sold) ahead of Kind Of Blue (2).
    const sold: [string, string, number][] = [
      ["Piece Of Mind", "Flight Of Icarus", 3],
      ["Piece Of Mind", "Revelations", 1],
      ["Kind Of Blue", "So What", 2],
    ]
    const { data: soldTracks } = await container.resolve("query").graph({
      entity: "track",
      fields: TRACK_LINE_FIELDS,
      filters: { id: sold.map(([album, name]) => trackId(album, name)) },
    })
    await recordPaidOrders(container, setup, [
      {
        email: "fan@example.com",
        status: "completed" as any,
        no_notification: true,
        created_at: new Date("2024-06-01T12:00:00Z"),
        items: sold.map(([album, name, quantity]) => {
          const t: any = soldTracks.find((x: any) => x.id === trackId(album, name))
          return trackLineItem(t, quantity, 0.99)
        }),
      },
    ])

    ;({ storefront, browser } = await openShop(api, setup, ["--autoplay-policy=no-user-gesture-required", "--mute-audio"]))
  })

  afterAll(() => closeShop({ browser, storefront }))

  const newPage = (viewport?: { width: number; height: number }) => openPage(browser!, viewport)

  const h1 = (page: Page) => page.getByRole("heading", { level: 1 }).innerText()
  const gridTitles = (page: Page, label: string) =>
    page.getByRole("list", { name: label, exact: true }).locator("article h2, article h3").allInnerTexts()

  it("browses from the home page to a genre, an artist and an album with its tracks and prices", async () => {
    const page = await newPage()
    try {
      const res = await page.goto(`${storefront!.url}/`)
      expect(res!.status()).toBe(200)
      expect(await h1(page)).toBe("Find your next favourite album")
      expect((await gridTitles(page, "New albums")).sort()).toEqual(["Kind Of Blue", "Piece Of Mind", "Powerslave", "Wave"])
      // Best sellers by units sold, all time.
      expect(await gridTitles(page, "Best-selling albums")).toEqual(["Piece Of Mind", "Kind Of Blue"])
      const no1 = await page.getByRole("list", { name: "Best-selling albums" }).locator("article").first().textContent()
      expect(no1).toContain("No. 1")
      expect(await page.getByRole("list", { name: "Genres" }).getByRole("link").allInnerTexts()).toEqual([
        "Heavy Metal",
        "Jazz",
        "Rock",
      ])
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, "chinook-discover-home.png"), fullPage: true })

      await page.getByRole("list", { name: "Genres" }).getByRole("link", { name: "Rock" }).click()
      await page.waitForURL(/\/genres\/[^/]+$/)
      expect(await h1(page)).toBe("Rock")
      expect(await page.locator("main").innerText()).toContain("2 albums with tracks in this genre")
      expect(await gridTitles(page, "Rock albums, page 1 of 1")).toEqual(["Piece Of Mind", "Powerslave"])

      await page.getByRole("link", { name: "Iron Maiden" }).first().click()
      await page.waitForURL(/\/artists\/[^/]+$/)
      expect(await h1(page)).toBe("Iron Maiden")
      expect(await gridTitles(page, "Albums by Iron Maiden")).toEqual(["Piece Of Mind", "Powerslave"])
      const card = await page.locator("main article").filter({ hasText: "Piece Of Mind" }).innerText()
      expect(card).toContain("4 tracks")
      expect(card).toContain("$2.49")

      await page.getByRole("link", { name: "Piece Of Mind", exact: true }).click()
      await page.waitForURL(`**/albums/${handles["Piece Of Mind"]}`)
      expect(await h1(page)).toBe("Piece Of Mind")
      const main = await page.locator("main").innerText()
      expect(main).toMatch(/Full album\s+\$2\.49/)
      expect(main).toContain("by Iron Maiden")
      expect(await trackRows(page)).toEqual([
        ["1", "Where Eagles Dare", "3:35", "$0.99"],
        ["2", "Revelations", "3:35", "$0.99"],
        ["3", "Flight Of Icarus", "3:35", "$1.29"],
        ["4", "Die With Your Boots On", "3:35", "$0.99"],
      ])
      // The album's genres link back to their pages.
      expect(await page.getByRole("list", { name: "Genres" }).getByRole("link").allInnerTexts()).toEqual(["Rock"])
      // Every cover on the way loaded.
      await page.waitForFunction(() => [...document.images].every((i) => i.complete))
      expect(await page.$$eval("img", (imgs) => imgs.filter((i) => i.naturalWidth === 0).length)).toBe(0)
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, "chinook-discover-album.png"), fullPage: true })
    } finally {
      await page.context().close()
    }
  })

  it("suggests artists and albums as the customer types, typo and all, and opens the results page", async () => {
    const page = await newPage({ width: 390, height: 844 })
    try {
      await page.goto(`${storefront!.url}/`)
      const box = page.getByRole("combobox", { name: "Search artists, albums and tracks" })
      expect(await box.getAttribute("aria-expanded")).toBe("false")
      await box.click()
      await box.pressSequentially("iron maidn", { delay: 30 })

      const listbox = page.getByRole("listbox", { name: "Search suggestions" })
      await listbox.waitFor({ state: "visible" })
      expect(await box.getAttribute("aria-expanded")).toBe("true")
      expect(await box.getAttribute("aria-controls")).toBe(await listbox.getAttribute("id"))
      const options = listbox.getByRole("option")
      await page.waitForFunction(() => document.querySelectorAll('[role="option"]').length > 1)
      const texts = await options.allInnerTexts()
      expect(await options.first().getAttribute("aria-label")).toBe("Iron Maiden, Artist")
      expect(texts.some((t) => t.includes("Piece Of Mind"))).toBe(true)
      expect(texts.some((t) => t.includes("Kind Of Blue"))).toBe(false)
      expect(texts[texts.length - 1]).toBe("All results for “iron maidn”")
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, "chinook-discover-suggestions.png") })

      // Arrow keys move the active option; the input keeps the focus.
      await box.press("ArrowDown")
      const first = await options.first().getAttribute("id")
      expect(await box.getAttribute("aria-activedescendant")).toBe(first)
      expect(await options.first().getAttribute("aria-selected")).toBe("true")
      await box.press("ArrowUp")
      expect(await box.getAttribute("aria-activedescendant")).toBe(await options.last().getAttribute("id"))

      // Enter on "All results" opens the results page.
      await box.press("Enter")
      await page.waitForURL(/\/search\?q=iron(%20|\+)maidn$/)
      expect(await h1(page)).toBe("Results for “iron maidn”")
      await page.getByRole("heading", { name: "Albums", level: 2 }).waitFor()
      expect(await page.getByRole("link", { name: "Iron Maiden" }).first().isVisible()).toBe(true)
      const albums = await gridTitles(page, "Albums found")
      expect(albums).toEqual(expect.arrayContaining(["Piece Of Mind", "Powerslave"]))
      expect(albums).not.toContain("Kind Of Blue")
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, "chinook-discover-search.png"), fullPage: true })

      await page.getByRole("link", { name: "Powerslave", exact: true }).click()
      await page.waitForURL(`**/albums/${handles["Powerslave"]}`)
      expect(await h1(page)).toBe("Powerslave")

      // Escape closes the suggestions; a choice made with the keyboard opens it.
      await box.fill("")
      await box.pressSequentially("jobim", { delay: 30 })
      await page.getByRole("option", { name: "Antônio Carlos Jobim, Artist", exact: true }).waitFor()
      await box.press("Escape")
      expect(await box.getAttribute("aria-expanded")).toBe("false")
      await box.press("ArrowDown")
      expect(await box.getAttribute("aria-expanded")).toBe("true")
      expect(await page.locator(`#${cssId(await box.getAttribute("aria-activedescendant"))}`).innerText()).toContain(
        "Antônio Carlos Jobim"
      )
      await box.press("Enter")
      await page.waitForURL(/\/artists\/[^/]+$/)
      expect(await h1(page)).toBe("Antônio Carlos Jobim")
    } finally {
      await page.context().close()
    }
  })

  it("plays a track's demo clip in the mini player, with accessible controls", async () => {
    const page = await newPage()
    try {
      await page.goto(`${storefront!.url}/albums/${handles["Piece Of Mind"]}`)
      const play = page.getByRole("button", { name: "Play demo clip of Revelations", exact: true })
      expect(await pressed(play, "false")).toBe("false")
      await play.click()

      await waitForPlaying(page)
      const audio = await audioState(page)
      expect(audio.src).toMatch(/\/api\/preview\/[^/]+$/)
      expect(audio.duration).toBeGreaterThan(25)
      expect(await pressed(play, "true")).toBe("true")

      const player = page.getByRole("region", { name: "Preview player" })
      const text = await player.innerText()
      expect(text).toContain("Revelations")
      expect(text).toContain("Demo clip")
      expect(text).toContain("Iron Maiden")
      await expect(liveText(page)).resolves.toContain("Now playing: Revelations by Iron Maiden. Demo clip")
      const slider = player.getByRole("slider", { name: "Position in the demo clip" })
      expect(await slider.getAttribute("aria-valuetext")).toMatch(/of 30 seconds$/)
      const toggle = player.getByRole("button", { name: "Play demo clip", exact: true })
      expect(await pressed(toggle, "true")).toBe("true")
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, "chinook-discover-player.png") })

      // Pause from the player, with the keyboard.
      await toggle.focus()
      await page.keyboard.press("Space")
      await page.waitForFunction(() => document.querySelector("audio")!.paused)
      expect(await pressed(toggle, "false")).toBe("false")
      expect(await pressed(play, "false")).toBe("false")

      // Next plays the album's following track.
      await player.getByRole("button", { name: "Next track" }).click()
      await waitForPlaying(page)
      expect(await player.innerText()).toContain("Flight Of Icarus")
      expect(await pressed(page.getByRole("button", { name: "Play demo clip of Flight Of Icarus" }), "true")).toBe("true")

      // The player stays through navigation and plays from other lists: a playlist.
      await page.getByRole("link", { name: "Playlists", exact: true }).click()
      await page.getByRole("link", { name: "Late Night Jazz" }).click()
      await page.waitForURL(`**/playlists/${playlistId}`)
      expect(await h1(page)).toBe("Late Night Jazz")
      expect(await page.locator("main table tbody th").allInnerTexts()).toEqual([
        expect.stringContaining("So What"),
        expect.stringContaining("Wave"),
        expect.stringContaining("Blue In Green"),
      ])
      // "Play demo clips" plays the playlist from the top, and pauses it.
      const playAll = page.getByRole("button", { name: "Play demo clips", exact: true })
      expect(await pressed(playAll, "false")).toBe("false")
      await playAll.click()
      await waitForPlaying(page, "So What")
      expect(await pressed(playAll, "true")).toBe("true")
      await playAll.click()
      await page.waitForFunction(() => document.querySelector("audio")!.paused)
      expect(await pressed(playAll, "false")).toBe("false")
      await page.getByRole("button", { name: "Play demo clip of Wave", exact: true }).click()
      await waitForPlaying(page, "Wave")
      await expect(liveText(page)).resolves.toContain("Now playing: Wave by Antônio Carlos Jobim")
      await player.getByRole("button", { name: "Close the player" }).click()
      expect(await player.count()).toBe(0)
      expect(await audioState(page).then((a) => a.paused)).toBe(true)
    } finally {
      await page.context().close()
    }
  })

  it("ranks best sellers on the charts page, by genre, with a friendly note for a period without sales", async () => {
    const page = await newPage({ width: 390, height: 844 })
    try {
      await page.goto(`${storefront!.url}/charts`)
      expect(await h1(page)).toBe("Best sellers")
      expect(await page.getByRole("link", { name: "All time" }).getAttribute("aria-current")).toBe("page")
      expect(await gridTitles(page, "Top albums, all time")).toEqual(["Piece Of Mind", "Kind Of Blue"])
      const tracks = await page.$$eval("main table tbody tr", (rows) =>
        rows.map((r) => [
          (r.children[0] as HTMLElement).innerText.trim(),
          (r.querySelector('[data-col="title"]') as HTMLElement).innerText.trim(),
          (r.lastElementChild as HTMLElement).innerText.trim(),
        ])
      )
      expect(tracks).toEqual([
        ["1", "Flight Of Icarus", "3"],
        ["2", "So What", "2"],
        ["3", "Revelations", "1"],
      ])
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, "chinook-discover-charts-phone.png"), fullPage: true })

      // One genre: Jazz.
      await page.getByLabel("Genre", { exact: true }).selectOption({ label: "Jazz" })
      await page.getByRole("button", { name: "Show", exact: true }).click()
      await page.waitForURL(/genre=/)
      expect(await h1(page)).toBe("Jazz best sellers")
      expect(await gridTitles(page, "Top albums, Jazz, all time")).toEqual(["Kind Of Blue"])

      // Nothing sold in the last 30 days: a note, and the way back to all time.
      await page.getByRole("link", { name: "Last 30 days" }).click()
      await page.waitForURL(/period=month/)
      expect(await page.getByRole("status").filter({ hasText: "No sales in the last 30 days" }).count()).toBe(1)
      await page.getByRole("link", { name: "See the all-time chart" }).click()
      await page.waitForURL((url) => !url.searchParams.has("period"))
      expect(await gridTitles(page, "Top albums, Jazz, all time")).toEqual(["Kind Of Blue"])
    } finally {
      await page.context().close()
    }

  })

  it("proxies demo clips with byte ranges for the player", async () => {
    const search = await fetch(`${storefront!.url}/api/search?q=${encodeURIComponent("revelations")}`)
    const found = (await search.json()) as { tracks: { id: string; title: string }[] }
    expect(found.tracks.map((t) => t.title)).toContain("Revelations")

    const ranged = await fetch(`${storefront!.url}/api/preview/${found.tracks[0].id}`, {
      headers: { range: "bytes=0-99" },
    })
    expect(ranged.status).toBe(206)
    expect(ranged.headers.get("content-range")).toMatch(/^bytes 0-99\/\d+$/)
    expect(ranged.headers.get("content-type")).toMatch(/^audio\//)
    expect((await ranged.arrayBuffer()).byteLength).toBe(100)
    expect((await fetch(`${storefront!.url}/api/preview/no-such-track`)).status).toBe(404)
  })

  /** The button's aria-pressed once it is `want`, or after 5 s whatever it is. */
  async function pressed(button: Locator, want: "true" | "false") {
    const deadline = Date.now() + 5000
    let value = await button.getAttribute("aria-pressed")
    while (value !== want && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50))
      value = await button.getAttribute("aria-pressed")
    }
    return value
  }

  async function waitForPlaying(page: Page, title?: string) {
    await page.waitForFunction(
      (t) => {
        const a = document.querySelector("audio")
        const player = document.querySelector('[aria-label="Preview player"]')
        return !!a && !a.paused && a.currentTime > 0 && (!t || !!player?.textContent?.includes(t))
      },
      title,
      { timeout: 15_000 }
    )
  }

  function audioState(page: Page) {
    return page.evaluate(() => {
      const a = document.querySelector("audio")!
      return { src: a.currentSrc, paused: a.paused, currentTime: a.currentTime, duration: a.duration }
    })
  }

  /** What the page's live regions say, once one of them says what is playing (or after 5 s). */
  async function liveText(page: Page) {
    const read = () => [...document.querySelectorAll('[role="status"][aria-live]')].map((e) => e.textContent).join("\n")
    await page.waitForFunction(`(${read})().includes("Now playing")`, null, { timeout: 5000 }).catch(() => {})
    return page.evaluate(read)
  }

  async function trackRows(page: Page) {
    return page.$$eval("main table tbody tr", (rows) =>
      rows.map((r) =>
        ["number", "title", "time", "price"].map((col) => {
          // The title cell also names the composer; the time cell also says it in words.
          const cell = r.querySelector(col === "title" ? `[data-col="title"] > span` : col === "time" ? `[data-col="time"] > [aria-hidden]` : `[data-col="${col}"]`)
          return (cell as HTMLElement | null)?.innerText.trim() ?? ""
        })
      )
    )
  }

  function cssId(id: string | null) {
    return (id ?? "").replace(/:/g, "\\:")
  }
}
