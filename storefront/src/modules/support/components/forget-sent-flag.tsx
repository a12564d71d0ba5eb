"use client"

import { useEffect } from "react"

/**
 * Takes `?sent=1` off the address once the "request sent" notice is shown,
 * so a reload or a later reply does not announce it again.
 */
export default function ForgetSentFlag() {
  useEffect(() => {
    const url = new URL(window.location.href)
    if (!url.searchParams.has("sent")) return
    url.searchParams.delete("sent")
    window.history.replaceState(window.history.state, "", `${url.pathname}${url.search}${url.hash}`)
  }, [])
  return null
}
