import { defineRouteConfig } from "@medusajs/admin-sdk"
import { NamedRecordsPage } from "../../../components/music/named-records-page"

const MediaTypesPage = () => (
  <NamedRecordsPage
    title="Media types"
    path="media-types"
    listKey="media_types"
    noun="media type"
    counts={["track_count"]}
    linkOf={(mediaType) => `/music/tracks?media_type_id=${mediaType.id}`}
  />
)

export const config = defineRouteConfig({ label: "Media types", rank: 5 })

export default MediaTypesPage
