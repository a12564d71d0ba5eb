import type { Metadata } from "next"
import { redirectIfSignedIn } from "@lib/data/require-customer"
import RegisterForm from "@modules/account/components/register-form"
import AuthPanel from "@modules/account/templates/auth-panel"

export const metadata: Metadata = { title: "Create an account", robots: { index: false } }

export default async function RegisterPage() {
  await redirectIfSignedIn()
  return (
    <AuthPanel title="Create an account" lead="One account for buying, downloading and streaming your music.">
      <RegisterForm />
    </AuthPanel>
  )
}
