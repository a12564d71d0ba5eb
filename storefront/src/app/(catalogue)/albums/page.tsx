import type { Metadata } from "next"
import { readStoreConfig } from "@lib/config"
import { listAlbums } from "@lib/data/albums"
import SetupNotice from "@modules/common/components/setup-notice"
import Catalogue from "@modules/home/templates/catalogue"

// Read from the backend on every request: the build needs no backend.
export const dynamic = "force-dynamic"

type Props = {
  searchParams: Promise<{ page?: string | string[] }>
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = parsePage((await searchParams).page)
  return page > 1 ? { title: `Albums, page ${page}` } : {}
}

function parsePage(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value
  const n = Number(raw)
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 100_000) : 1
}

export default async function HomePage({ searchParams }: Props) {
  if (!readStoreConfig()) {
    return <SetupNotice />
  }
  const page = parsePage((await searchParams).page)
  const data = await listAlbums(page)
  return <Catalogue data={data} />
}
