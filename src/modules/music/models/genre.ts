import { model } from "@medusajs/framework/utils"
import { Track } from "./track"

export const Genre = model
  .define("genre", {
    id: model.id({ prefix: "gen" }).primaryKey(),
    // The record's key in the Chinook dataset, so re-imports find it again.
    chinook_id: model.number().nullable(),
    name: model.text().searchable(),
    tracks: model.hasMany(() => Track, { mappedBy: "genre" }),
  })
  .indexes([{ on: ["chinook_id"], unique: true, where: "chinook_id IS NOT NULL AND deleted_at IS NULL" }])
