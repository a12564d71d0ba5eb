import Link from "next/link"
import { cartCount } from "@lib/data/cart-read"
import styles from "./cart-link.module.css"

/** The header's way to the cart, with how many items it holds. */
export default async function CartLink() {
  const count = await cartCount()
  return (
    <Link href="/cart" className={styles.link}>
      <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M3 4h2l2.4 11.2a1 1 0 0 0 1 .8h8.9a1 1 0 0 0 1-.76L20 8H6.2" strokeLinecap="round" strokeLinejoin="round" />
        <circle cx="9.5" cy="20" r="1.4" />
        <circle cx="17" cy="20" r="1.4" />
      </svg>
      <span>Cart</span>{" "}
      {count > 0 ? (
        <>
          <span className={styles.count}>{count}</span>
          <span className="visually-hidden"> {count === 1 ? "item" : "items"}</span>
        </>
      ) : (
        <span className="visually-hidden">empty</span>
      )}
    </Link>
  )
}
