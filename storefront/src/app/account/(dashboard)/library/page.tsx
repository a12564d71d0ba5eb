import type { Metadata } from "next"
import { getLibrary, LIBRARY_PAGE_SIZE } from "@lib/data/library"
import { requireCustomer } from "@lib/data/require-customer"
import { parsePage, type SearchParamValue } from "@lib/util/search-params"
import Pagination from "@modules/common/components/pagination"
import LibraryView from "@modules/library/templates/library-view"

export const metadata: Metadata = { title: "Your library", robots: { index: false } }

type Props = { searchParams: Promise<Record<string, SearchParamValue>> }

export default async function LibraryPage({ searchParams }: Props) {
  await requireCustomer("/account/library")
  const page = parsePage((await searchParams).page)
  const { albums, count } = await getLibrary(page)
  const pageCount = Math.max(1, Math.ceil(count / LIBRARY_PAGE_SIZE))
  return (
    <>
      <LibraryView albums={albums} />
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `/account/library?page=${p}`} />
    </>
  )
}
