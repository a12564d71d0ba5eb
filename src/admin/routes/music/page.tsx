import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MediaPlay } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { musicApi } from "../../components/music/api"
import { PriceDialog } from "../../components/music/price-dialog"

const SECTIONS = [
  { path: "albums", label: "Albums", what: "Albums and their products: create, edit, publish, price, delete." },
  { path: "tracks", label: "Tracks", what: "Every track: edit, price, hide from the store, delete." },
  { path: "artists", label: "Artists", what: "Artists and their collections." },
  { path: "genres", label: "Genres", what: "Genres and their product categories." },
  { path: "media-types", label: "Media types", what: "The tracks' file formats." },
] as const

/** The catalogue at a glance, with the way to each part of it and to bulk price changes. */
const MusicPage = () => {
  const [pricing, setPricing] = useState(false)
  const { data: counts } = useQuery({
    queryKey: ["music", "counts"],
    queryFn: async () =>
      Object.fromEntries(
        await Promise.all(SECTIONS.map(async (s) => [s.path, (await musicApi.list(s.path, { limit: 1 })).count] as const))
      ),
  })
  const { data: hidden } = useQuery({
    queryKey: ["music", "albums", "not-in-store"],
    queryFn: () => musicApi.list("albums", { limit: 1, published: "false" }),
  })

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Music</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The catalogue the store sells: each album is a product, each track a variant, plus one for the whole album.
            {hidden ? ` ${hidden.count} ${hidden.count === 1 ? "album is" : "albums are"} not in the store.` : ""}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setPricing(true)}>Change prices</Button>
      </Container>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        {SECTIONS.map((s) => (
          <Link key={s.path} to={`/music/${s.path}`} className="outline-none focus-visible:shadow-borders-focus rounded-lg">
            <Container className="h-full px-6 py-4 transition-colors hover:bg-ui-bg-base-hover">
              <Heading level="h2">{s.label}</Heading>
              <Text size="xlarge" weight="plus">{counts?.[s.path] ?? "…"}</Text>
              <Text size="small" className="text-ui-fg-subtle">{s.what}</Text>
            </Container>
          </Link>
        ))}
      </div>
      <PriceDialog open={pricing} onOpenChange={setPricing} />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Music", icon: MediaPlay })

export default MusicPage
