import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { firstParam, type SearchParamValue } from "@lib/util/search-params"
import ResetPasswordForm from "@modules/account/components/reset-password-form"
import AuthPanel from "@modules/account/templates/auth-panel"

// The token is in this page's address: no other site may see it in a Referer.
export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "no-referrer" }

type Props = { searchParams: Promise<Record<string, SearchParamValue>> }

export default async function ResetPasswordPage({ searchParams }: Props) {
  const params = await searchParams
  const token = firstParam(params.token)
  const email = firstParam(params.email)
  if (!token || !email) {
    redirect("/account/reset-password?expired=1")
  }
  return (
    <AuthPanel title="Choose a new password" lead="The link works once. After saving you are signed in.">
      <ResetPasswordForm token={token} email={email} />
    </AuthPanel>
  )
}
