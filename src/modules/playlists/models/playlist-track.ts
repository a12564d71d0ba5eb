import { model } from "@medusajs/framework/utils"
import { Playlist } from "./playlist"

export const PlaylistTrack = model
  .define("playlist_track", {
    id: model.id({ prefix: "pltr" }).primaryKey(),
    // 0-based order within the playlist.
    position: model.number(),
    // ID of a track of the music module. Kept as a plain column, like a cart
    // line item's variant_id: a playlist holds thousands of entries and
    // only ever needs the id.
    track_id: model.text(),
    playlist: model.belongsTo(() => Playlist, { mappedBy: "tracks" }),
  })
  .indexes([
    { on: ["playlist_id", "position"], where: "deleted_at IS NULL" },
    { on: ["track_id"], where: "deleted_at IS NULL" },
  ])
