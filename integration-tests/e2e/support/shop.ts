import { chromium, type Browser, type Page } from "playwright-core"
import type { StoreSetup } from "../../../src/lib/store-setup"
import { CHROMIUM_ARGS, CHROMIUM_PATH, startStorefront, type StorefrontServer } from "../storefront-server"

/**
 * Fixes the backend's own port before it starts: covers are stored by the
 * File Module with absolute URLs on MEDUSA_BACKEND_URL, and the browser must
 * be able to load them. The runner reads medusa-config before it applies its
 * `env` option, so these go straight into the environment, and back out after
 * the file. Call at the top of a spec file (or of a suite it runs), before
 * medusaIntegrationTestRunner; the suites of one file share one app, so they
 * share its port: every call in a file returns the first one's.
 */
let fixedPort: number | undefined
export function fixBackendPort(): number {
  if (fixedPort) return fixedPort
  const port = (fixedPort = 20_000 + Math.floor(Math.random() * 20_000))
  const saved = { PORT: process.env.PORT, MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL }
  process.env.PORT = String(port)
  process.env.MEDUSA_BACKEND_URL = `http://localhost:${port}`
  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  })
  return port
}

/** The built storefront, talking to this file's backend, and Debian's Chromium to drive it. */
export type Shop = { storefront: StorefrontServer; browser: Browser }

/**
 * Starts the storefront on this file's backend with the store's publishable
 * key and region, then launches Chromium (`chromiumArgs` add to
 * CHROMIUM_ARGS). Close both with closeShop in afterAll.
 */
export async function openShop(
  api: { defaults: { baseURL?: string } },
  setup: Pick<StoreSetup, "publishable_key" | "region_id">,
  chromiumArgs: string[] = []
): Promise<Shop> {
  const storefront = await startStorefront({
    MEDUSA_BACKEND_URL: api.defaults.baseURL,
    MEDUSA_PUBLISHABLE_KEY: setup.publishable_key,
    MEDUSA_REGION_ID: setup.region_id,
  })
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...chromiumArgs] })
    return { storefront, browser }
  } catch (e) {
    // Nothing would stop the server otherwise: the caller never got it.
    await storefront.stop()
    throw e
  }
}

/** Closes what openShop started (either may be missing when beforeAll failed half-way). */
export async function closeShop(shop: Partial<Shop>) {
  await shop.browser?.close()
  await shop.storefront?.stop()
}

/** A page in a fresh browser context (its own cookies), desktop-sized unless told. */
export async function newPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport })
  return context.newPage()
}
