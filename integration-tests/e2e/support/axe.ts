import AxeBuilder from "@axe-core/playwright"
import type { Page } from "playwright-core"

/**
 * Serious and critical axe violations of the page as it is now, each named
 * with `name` for the failure message. A journey collects them page by page
 * and expects none at the end, so one run lists every page's problems.
 */
export async function axeProblems(page: Page, name: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page: page as any }).analyze()
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
}
