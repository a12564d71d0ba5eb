"use client"

import Link from "next/link"
import { useActionState } from "react"
import { useFormStatus } from "react-dom"
import { addToCart, type CartActionState } from "@lib/data/cart"
import { formatMoney } from "@lib/util/money"
import type { Money } from "@/types/album"
import { useInCart } from "./cart-contents"
import styles from "./add-to-cart-button.module.css"

type Props = {
  variantId: string | null
  /** What is bought, for the button's accessible name: a track title, or "the album …". */
  name: string
  price: Money | null
  /** "row" in track lists, "album" for the album page's large button. */
  size?: "row" | "album"
}

function Submit({ name, price, size }: Pick<Props, "name" | "price" | "size">) {
  const { pending } = useFormStatus()
  const money = price ? formatMoney(price) : ""
  return (
    <button
      type="submit"
      className={size === "album" ? styles.album : styles.row}
      disabled={pending}
      aria-label={`Add ${name} to cart${money ? `, ${money}` : ""}`}
    >
      {pending ? "Adding…" : size === "album" ? `Buy album · ${money}` : <>{money} <span aria-hidden="true">+</span></>}
    </button>
  )
}

/**
 * Adds one track or a whole album to the cart. Once it is in, the button
 * becomes a link to the cart; a refusal (already owned, already in the
 * cart) is said next to it and announced.
 */
export default function AddToCartButton({ variantId, name, price, size = "row" }: Props) {
  const inCart = useInCart(variantId)
  const [state, action] = useActionState<CartActionState, FormData>(addToCart, {})
  if (!variantId || !price) {
    return <span className={styles.unavailable}>Not for sale</span>
  }
  return (
    <div className={size === "album" ? styles.albumWrap : styles.rowWrap}>
      {inCart ? (
        <Link href="/cart" className={size === "album" ? styles.inCartAlbum : styles.inCart} aria-label={`${name} is in your cart: view cart`}>
          <span aria-hidden="true">✓ </span>In cart
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
