import { model } from "@medusajs/framework/utils"
import { Track } from "./track"

export const MediaType = model
  .define("media_type", {
    id: model.id({ prefix: "mtyp" }).primaryKey(),
    chinook_id: model.number().nullable(),
    name: model.text(),
    tracks: model.hasMany(() => Track, { mappedBy: "media_type" }),
  })
  .indexes([{ on: ["chinook_id"], unique: true, where: "chinook_id IS NOT NULL AND deleted_at IS NULL" }])
