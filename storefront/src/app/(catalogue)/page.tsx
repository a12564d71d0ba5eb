import { readStoreConfig } from "@lib/config"
import { listNewAlbums } from "@lib/data/albums"
import { getCharts, listGenres, listPlaylists } from "@lib/data/music"
import SetupNotice from "@modules/common/components/setup-notice"
import Home from "@modules/home/templates/home"

// Rendered per request (the build needs no backend); the data is cached.
export const dynamic = "force-dynamic"

export default async function HomePage() {
  if (!readStoreConfig()) {
    return <SetupNotice />
  }
  const [newAlbums, charts, genres, playlists] = await Promise.all([
    listNewAlbums(8),
    getCharts({ limit: 8 }),
    listGenres(),
    listPlaylists(),
  ])
  return <Home newAlbums={newAlbums} bestSellers={charts?.albums ?? []} genres={genres} playlists={playlists} />
}
