import type { Metadata } from "next"
import { redirectIfSignedIn } from "@lib/data/require-customer"
import { firstParam, type SearchParamValue } from "@lib/util/search-params"
import { safeNext } from "@lib/util/account-form"
import LoginForm from "@modules/account/components/login-form"
import AuthPanel from "@modules/account/templates/auth-panel"

export const metadata: Metadata = { title: "Sign in", robots: { index: false } }

type Props = { searchParams: Promise<Record<string, SearchParamValue>> }

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams
  const next = safeNext(firstParam(params.next))
  await redirectIfSignedIn(next)
  const notice = firstParam(params.reset) ? "Your password is changed. Sign in with the new one." : undefined
  return (
    <AuthPanel title="Sign in" lead="Welcome back. Sign in to buy music and find what you own.">
      <LoginForm next={next === "/account" ? undefined : next} notice={notice} />
    </AuthPanel>
  )
}
