import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { readStoreConfig } from "@lib/config"
import { getArtist } from "@lib/data/music"
import ArtistDetails from "@modules/artists/templates/artist-details"
import SetupNotice from "@modules/common/components/setup-notice"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!readStoreConfig()) return {}
  const artist = await getArtist((await params).id)
  if (!artist) return { title: "Artist not found" }
  return { title: artist.name, description: `Albums by ${artist.name} at Chinook Records.` }
}

export default async function ArtistPage({ params }: Props) {
  if (!readStoreConfig()) {
    return <SetupNotice />
  }
  const artist = await getArtist((await params).id)
  if (!artist) {
    notFound()
  }
  return <ArtistDetails artist={artist} />
}
