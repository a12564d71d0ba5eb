"use client"

import Link from "next/link"
import { useActionState } from "react"
import { useFormStatus } from "react-dom"
import { addToCart, type CartActionState } from "@lib/data/cart"
import { formatMoney } from "@lib/util/money"
import type { Money } from "@/types/album"
import { useInCart, useOwned } from "./cart-contents"
import styles from "./add-to-cart-button.module.css"

type Props = {
  variantId: string | null
  /** What is bought, for the accessible name: a track title, or the album's title. */
  name: string
  price: Money | null
  /** "row" in track lists, "album" for the album page's large button. */
  size?: "row" | "album"
}

// Each accessible name starts with the visible text (WCAG 2.5.3), then says
// what is bought; the hidden part starts with a dash because browsers put a
// space before it (the buttons are flex containers, their children blocks).
function Submit({ name, price, size }: Pick<Props, "name" | "price" | "size">) {
  const { pending } = useFormStatus()
  const money = price ? formatMoney(price) : ""
  if (size === "album") {
    return (
      <button type="submit" className={styles.album} disabled={pending}>
        {pending ? "Adding…" : `Buy album · ${money}`}
        <span className="visually-hidden"> — {name}</span>
      </button>
    )
  }
  // The name starts with what is bought and ends with the visible price; the
  // "+" is drawn by CSS, so the cell's text is the price alone.
  return (
    <button type="submit" className={styles.row} disabled={pending} aria-label={`Add ${name} to cart, ${money}`}>
      {pending ? "Adding…" : money}
    </button>
  )
}

/**
 * Adds one track or a whole album to the cart. Once it is in, the button
 * becomes a link to the cart; what the customer owns already is a link to
 * their library instead; a refusal (already owned, already in the cart) is
 * said next to it and announced.
 */
export default function AddToCartButton({ variantId, name, price, size = "row" }: Props) {
  const inCart = useInCart(variantId)
  const owned = useOwned(variantId)
  const [state, action] = useActionState<CartActionState, FormData>(addToCart, {})
  if (owned) {
    return (
      <div className={size === "album" ? styles.albumWrap : styles.rowWrap}>
        <Link href="/account/library" className={size === "album" ? styles.ownedAlbum : styles.owned}>
          <span aria-hidden="true">♪ </span>
          {size === "album" ? "In your library" : "Owned"}
          <span className="visually-hidden"> — {name}, open your library</span>
        </Link>
      </div>
    )
  }
  if (!variantId || !price) {
    return <span className={styles.unavailable}>Not for sale</span>
  }
  return (
    <div className={size === "album" ? styles.albumWrap : styles.rowWrap}>
      {inCart ? (
        <Link href="/cart" className={size === "album" ? styles.inCartAlbum : styles.inCart}>
          <span aria-hidden="true">✓ </span>In cart<span className="visually-hidden"> — {name}, view your cart</span>
        </Link>
      ) : (
        <form action={action}>
          <input type="hidden" name="variant_id" value={variantId} />
          <Submit name={name} price={price} size={size} />
        </form>
      )}
      <p role="alert" className={state.error ? styles.error : styles.empty}>
        {state.error}
      </p>
    </div>
  )
}
