import { model } from "@medusajs/framework/utils"
import { PlaylistTrack } from "./playlist-track"

export const Playlist = model
  .define("playlist", {
    id: model.id({ prefix: "pl" }).primaryKey(),
    chinook_id: model.number().nullable(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    // A customer's playlist is linked to its owner (src/links); the store's
    // editorial playlists have no owner and are always public.
    editorial: model.boolean().default(false),
    visibility: model.enum(["private", "public"]).default("private"),
    // Anyone holding the token may open a shared playlist, even a private one.
    share_token: model.text().nullable(),
    tracks: model.hasMany(() => PlaylistTrack, { mappedBy: "playlist" }),
  })
  .cascades({ delete: ["tracks"] })
  .indexes([
    { on: ["chinook_id"], unique: true, where: "chinook_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["share_token"], unique: true, where: "share_token IS NOT NULL AND deleted_at IS NULL" },
    { on: ["editorial", "visibility"], where: "deleted_at IS NULL" },
  ])
