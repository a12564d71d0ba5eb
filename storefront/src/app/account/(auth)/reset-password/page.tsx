import type { Metadata } from "next"
import { firstParam, type SearchParamValue } from "@lib/util/search-params"
import ResetRequestForm from "@modules/account/components/reset-request-form"
import AuthPanel from "@modules/account/templates/auth-panel"

export const metadata: Metadata = { title: "Reset your password", robots: { index: false } }

type Props = { searchParams: Promise<Record<string, SearchParamValue>> }

export default async function ResetRequestPage({ searchParams }: Props) {
  const expired = firstParam((await searchParams).expired)
  return (
    <AuthPanel
      title="Reset your password"
      lead="Enter the email you sign in with and we'll send you a link to choose a new password."
    >
      <ResetRequestForm notice={expired ? "That reset link is incomplete or no longer works. Ask for a new one." : undefined} />
    </AuthPanel>
  )
}
