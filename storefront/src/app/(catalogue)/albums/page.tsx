import type { Metadata } from "next"
import { readStoreConfig } from "@lib/config"
import { listAlbums } from "@lib/data/albums"
import { pagedTitle, parsePage } from "@lib/util/search-params"
import SetupNotice from "@modules/common/components/setup-notice"
import Catalogue from "@modules/home/templates/catalogue"

// Rendered per request (the build needs no backend); the data is cached.
export const dynamic = "force-dynamic"

type Props = {
  searchParams: Promise<{ page?: string | string[] }>
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = parsePage((await searchParams).page)
  return { title: pagedTitle("All albums", page) }
}

export default async function AlbumsPage({ searchParams }: Props) {
  if (!readStoreConfig()) {
    return <SetupNotice />
  }
  const page = parsePage((await searchParams).page)
  const data = await listAlbums(page)
  return <Catalogue data={data} />
}
