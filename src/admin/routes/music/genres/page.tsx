import { defineRouteConfig } from "@medusajs/admin-sdk"
import { NamedRecordsPage } from "../../../components/music/named-records-page"

const GenresPage = () => (
  <NamedRecordsPage
    title="Genres"
    path="genres"
    listKey="genres"
    noun="genre"
    counts={["album_count", "track_count"]}
    linkOf={(genre) => `/music/tracks?genre_id=${genre.id}`}
  />
)

export const config = defineRouteConfig({ label: "Genres", rank: 4 })

export default GenresPage
