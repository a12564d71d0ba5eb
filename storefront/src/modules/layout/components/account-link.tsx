import Link from "next/link"
import { customerName, getCurrentCustomer } from "@lib/data/current-customer"
import styles from "./site-header.module.css"

/** "Sign in", or the signed-in customer's name leading to their account. */
export default async function AccountLink() {
  const customer = await getCurrentCustomer()
  if (!customer) {
    return (
      <Link href="/account/login" className={styles.account}>
        Sign in
      </Link>
    )
  }
  return (
    <Link href="/account" className={styles.account}>
      <span className={styles.accountName}>{customerName(customer)}</span>
      <span className="visually-hidden"> (your account)</span>
    </Link>
  )
}
