import type { Metadata } from "next"
import { readStoreConfig } from "@lib/config"
import { listGenres } from "@lib/data/music"
import Notice from "@modules/common/components/notice"
import PageIntro from "@modules/common/components/page-intro"
import SetupNotice from "@modules/common/components/setup-notice"
import GenreList from "@modules/genres/components/genre-list"

export const dynamic = "force-dynamic"

export const metadata: Metadata = { title: "Genres" }

export default async function GenresPage() {
  if (!readStoreConfig()) {
    return <SetupNotice />
  }
  const genres = await listGenres()
  if (!genres.length) {
    return (
      <Notice title="No genres yet" role="status">
        <p>Genres appear here as soon as albums are published.</p>
      </Notice>
    )
  }
  return (
    <div className="container">
      <PageIntro title="Genres">
        <p>Pick a genre to see its albums and best-selling tracks.</p>
      </PageIntro>
      <GenreList genres={genres} label="All genres" />
    </div>
  )
}
