import { model } from "@medusajs/framework/utils"
import { Album } from "./album"

export const Artist = model
  .define("artist", {
    id: model.id({ prefix: "art" }).primaryKey(),
    chinook_id: model.number().nullable(),
    name: model.text().searchable(),
    albums: model.hasMany(() => Album, { mappedBy: "artist" }),
  })
  .indexes([
    { on: ["chinook_id"], unique: true, where: "chinook_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["name"], where: "deleted_at IS NULL" },
  ])
