import type { Page } from "playwright-core"

/** Fills the storefront's registration form (the page must be open) and sends it. */
export async function submitRegistration(
  page: Page,
  { first_name, last_name, email, password }: { first_name: string; last_name: string; email: string; password: string }
) {
  await page.getByLabel("First name").fill(first_name)
  await page.getByLabel("Last name").fill(last_name)
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Password").fill(password)
  await page.getByRole("button", { name: "Create account" }).click()
}

/** Fills the sign-in form (the page must be open) and sends it. */
export async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Password").fill(password)
  await page.getByRole("button", { name: "Sign in" }).click()
}
