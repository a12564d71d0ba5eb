"use client"

import Link from "next/link"
import { useRouter } from "next/navigation"
import { startTransition, useEffect } from "react"
import Notice, { noticeStyles } from "@modules/common/components/notice"

/**
 * Shown when a page cannot be rendered, in practice when the Medusa backend
 * is down or refuses the storefront's key. Details go to the server log (and
 * the browser console in development), never onto the page.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter()

  useEffect(() => {
    console.error(error)
  }, [error])

  function retry() {
    // Re-render the server components, then clear the error state.
    startTransition(() => {
      router.refresh()
      reset()
    })
  }

  return (
    <Notice
      title="The store is unreachable right now"
      role="alert"
      actions={
        <>
          <button type="button" className={noticeStyles.button} onClick={retry}>
            Try again
          </button>
          <Link className={noticeStyles.secondary} href="/">
            Go to the home page
          </Link>
        </>
      }
    >
      <p>We couldn&apos;t load the catalogue from our music server. Please try again in a moment.</p>
      {error.digest && <p>If it keeps happening, mention this reference: <code>{error.digest}</code></p>}
    </Notice>
  )
}
