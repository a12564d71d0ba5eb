import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import CartContents from "@modules/cart/components/cart-contents-server"
import { getCurrentCustomer } from "@lib/data/current-customer"
import SiteFooter from "@modules/layout/components/site-footer"
import SiteHeader from "@modules/layout/components/site-header"
import PlayerProvider from "@modules/player/components/player-provider"
import { inter } from "./fonts"
import "@/styles/globals.css"

export const metadata: Metadata = {
  title: { default: "Chinook Records", template: "%s · Chinook Records" },
  description: "Chinook Records: a digital music store. Discover new albums, best sellers, genres and playlists; buy whole albums or single tracks.",
}

export const viewport: Viewport = {
  themeColor: "#16141d",
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <PlayerProvider signedIn={!!(await getCurrentCustomer())}>
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            <CartContents>{children}</CartContents>
          </main>
          <SiteFooter />
        </PlayerProvider>
      </body>
    </html>
  )
}
