import { defineRouteConfig } from "@medusajs/admin-sdk"
import { NamedRecordsPage } from "../../../components/music/named-records-page"

const ArtistsPage = () => (
  <NamedRecordsPage
    title="Artists"
    path="artists"
    listKey="artists"
    noun="artist"
    counts={["album_count"]}
    linkOf={(artist) => `/music/albums?artist_id=${artist.id}`}
  />
)

export const config = defineRouteConfig({ label: "Artists", rank: 3 })

export default ArtistsPage
