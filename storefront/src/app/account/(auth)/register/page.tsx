import type { Metadata } from "next"
import { redirectIfSignedIn } from "@lib/data/require-customer"
import { safeNext } from "@lib/util/account-form"
import { firstParam, type SearchParamValue } from "@lib/util/search-params"
import RegisterForm from "@modules/account/components/register-form"
import AuthPanel from "@modules/account/templates/auth-panel"

export const metadata: Metadata = { title: "Create an account", robots: { index: false } }

type Props = { searchParams: Promise<Record<string, SearchParamValue>> }

export default async function RegisterPage({ searchParams }: Props) {
  // Where the visitor was going (the checkout, say), to carry on there once registered.
  const next = safeNext(firstParam((await searchParams).next))
  await redirectIfSignedIn(next)
  return (
    <AuthPanel title="Create an account" lead="One account for buying, downloading and streaming your music.">
      <RegisterForm next={next === "/account" ? undefined : next} />
    </AuthPanel>
  )
}
