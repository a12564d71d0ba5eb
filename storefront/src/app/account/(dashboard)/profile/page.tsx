import type { Metadata } from "next"
import { requireCustomer } from "@lib/data/require-customer"
import ProfileForm from "@modules/account/components/profile-form"
import styles from "@modules/account/components/account-form.module.css"

export const metadata: Metadata = { title: "Your profile", robots: { index: false } }

export default async function ProfilePage() {
  const customer = await requireCustomer("/account/profile")
  return (
    <section className={styles.panel} aria-labelledby="profile-title">
      <h2 id="profile-title" className={styles.title}>
        Profile
      </h2>
      <ProfileForm customer={customer} />
    </section>
  )
}
