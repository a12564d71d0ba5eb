import type { MedusaContainer } from "@medusajs/framework/types"
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core"
import { ensureStaffLogin } from "../../../src/lib/staff-login"
import { ensureStoreSetup, type StoreSetup } from "../../../src/lib/store-setup"
import { ensureAdminBuild, loginToAdmin, startAdmin, type AdminServer } from "../admin-server"
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH, type StorefrontServer } from "../storefront-server"
import { closeShop, openShop } from "./shop"

type Staff = { email: string; password: string }

/** What a staff browser test drives; filled in by useStaffDesk's beforeAll. */
export type StaffDesk = {
  admin: AdminServer
  browser: Browser
  /** With `storefront: true`: the storefront on this file's backend, and the store's key and region. */
  storefront?: StorefrontServer
  setup?: StoreSetup
  /**
   * A page of its own browser context, logged into the admin as the desk's
   * staff member; the page errors it collects in `crashes` fail a test that
   * checks them. Closed with the context by `close`.
   */
  staffPage(options?: BrowserContextOptions): Promise<{ page: Page; crashes: string[]; close: () => Promise<void> }>
}

/**
 * For a browser test of the admin: in beforeAll it builds the admin bundle
 * (only when src/admin changed) while `prepare` readies the data and the
 * staff login is made, then serves the bundle on this file's backend and
 * launches Chromium; with `storefront: true` it also sets the store up and
 * starts the storefront. afterAll stops all of it. Call inside testSuite.
 */
export function useStaffDesk(
  suite: { api: { defaults: { baseURL?: string } }; getContainer: () => MedusaContainer },
  staff: Staff,
  options: { storefront?: boolean; prepare?: (container: MedusaContainer) => Promise<unknown> } = {}
): StaffDesk {
  const desk = {} as StaffDesk
  let storefront: StorefrontServer | undefined

  desk.staffPage = async (contextOptions = {}) => {
    const context = await desk.browser.newContext({ viewport: { width: 1440, height: 1000 }, ...contextOptions })
    const page = await context.newPage()
    const crashes: string[] = []
    page.on("pageerror", (e) => crashes.push(e.message))
    const close = () => context.close()
    try {
      await loginToAdmin(page, desk.admin.url, staff)
    } catch (e) {
      await close()
      throw e
    }
    return { page, crashes, close }
  }

  beforeAll(async () => {
    assertChromium()
    const container = suite.getContainer()
    const [bundle] = await Promise.all([
      ensureAdminBuild((m) => process.stderr.write(`${m}\n`)),
      (async () => {
        await options.prepare?.(container)
        if (options.storefront) desk.setup = await ensureStoreSetup(container)
        await ensureStaffLogin(container, staff)
      })(),
    ])
    desk.admin = await startAdmin(bundle, suite.api.defaults.baseURL!)
    if (options.storefront) {
      const shop = await openShop(suite.api, desk.setup!)
      desk.storefront = storefront = shop.storefront
      desk.browser = shop.browser
    } else {
      desk.browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
    }
  })

  afterAll(async () => {
    await closeShop({ browser: desk.browser, storefront })
    await desk.admin?.stop()
  })

  return desk
}
