import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { readStoreConfig } from "@lib/config"
import { getAlbumByHandle, listRelatedAlbums } from "@lib/data/albums"
import AlbumDetails from "@modules/albums/templates/album-details"
import SetupNotice from "@modules/common/components/setup-notice"

export const dynamic = "force-dynamic"

type Props = {
  params: Promise<{ handle: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!readStoreConfig()) {
    return {}
  }
  const album = await getAlbumByHandle((await params).handle)
  if (!album) {
    return { title: "Album not found" }
  }
  const by = ` by ${album.artist.name}`
  return {
    title: `${album.title}${by}`,
    description: `${album.title}${by}: listen to demo clips, buy the full album or any of its ${album.tracks.length} tracks.`,
    openGraph: album.coverUrl ? { images: [album.coverUrl] } : undefined,
  }
}

export default async function AlbumPage({ params }: Props) {
  if (!readStoreConfig()) {
    return <SetupNotice />
  }
  const { handle } = await params
  const [album, related] = await Promise.all([getAlbumByHandle(handle), listRelatedAlbums(handle)])
  if (!album) {
    notFound()
  }
  return <AlbumDetails album={album} related={related} />
}
