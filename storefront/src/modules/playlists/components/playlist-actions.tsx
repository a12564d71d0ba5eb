"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { useState, useTransition } from "react"
import { plural } from "@lib/util/plural"
import { buyUnowned, copyPlaylist } from "../data/actions"
import ui from "./ui.module.css"

type Source = { playlistId: string } | { shareToken: string }

/** "Buy what I don't own": the playlist's tracks not owned and not in the cart go into the cart at once. */
export function BuyUnownedButton({ source }: { source: Source }) {
  const [message, setMessage] = useState<{ text: string; added: boolean } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()

  const buy = () =>
    startTransition(async () => {
      setError(null)
      setMessage(null)
      const res = await buyUnowned(source)
      if (!res.ok) return setError(res.error)
      const { added, owned, inCart } = res.data
      const why = [owned ? `${plural(owned, "track")} you own` : "", inCart ? `${plural(inCart, "track")} already in your cart` : ""]
        .filter(Boolean)
        .join(" and ")
      setMessage(
        added
          ? { text: `Added ${plural(added, "track")} to your cart${why ? ` (skipped ${why})` : ""}.`, added: true }
          : { text: `Nothing to add: ${why || "no track of this playlist is for sale"}.`, added: false }
      )
    })

  return (
    <span className={ui.inline}>
      <button type="button" className={ui.button} onClick={buy} disabled={pending}>
        {pending ? "Adding…" : "Buy what I don't own"}
      </button>
      <span role="status" className={`${ui.status} ${ui.empty}`}>
        {message?.text}
        {message?.added && (
          <>
            {" "}
            <Link href="/cart">View cart</Link>
          </>
        )}
      </span>
      <span role="alert" className={`${ui.error} ${ui.empty}`}>
        {error}
      </span>
    </span>
  )
}

/** Copies an editorial or shared playlist into the customer's own (they are taken to the copy); a visitor is asked to sign in. */
export function CopyPlaylistButton({ source }: { source: Source }) {
  const pathname = usePathname() ?? "/"
  const [error, setError] = useState<{ text: string; signIn: boolean } | null>(null)
  const [pending, startTransition] = useTransition()

  const copy = () =>
    startTransition(async () => {
      setError(null)
      const res = await copyPlaylist(source)
      if (!res.ok) setError({ text: res.error, signIn: res.status === 401 })
    })

  return (
    <span className={ui.inline}>
      <button type="button" className={ui.button} onClick={copy} disabled={pending}>
        {pending ? "Copying…" : "Copy to my playlists"}
      </button>
      <span role="alert" className={`${ui.error} ${ui.empty}`}>
        {error?.text}
        {error?.signIn && (
          <>
            {" "}
            <Link href={`/account/login?${new URLSearchParams({ next: pathname })}`}>Sign in</Link>
          </>
        )}
      </span>
    </span>
  )
}
