import { model } from "@medusajs/framework/utils"
import { Album } from "./album"
import { Genre } from "./genre"
import { MediaType } from "./media-type"

export const Track = model
  .define("track", {
    id: model.id({ prefix: "trk" }).primaryKey(),
    chinook_id: model.number().nullable(),
    name: model.text().searchable(),
    composer: model.text().nullable(),
    milliseconds: model.number(),
    bytes: model.number().nullable(),
    // Chinook's list price in USD; the selling price lives on the linked
    // product variant, where staff manage it with Medusa's pricing.
    unit_price: model.bigNumber(),
    // 1-based position on the album.
    track_number: model.number(),
    // Its album's visible sales channels (see Album), copied so that track
    // lists and search filter without a join.
    sales_channel_ids: model.array().default([]),
    // The File Module id of the recording sold to owners, stored as a
    // private file; without one owners get the generated demo at full length.
    master_file_id: model.text().nullable(),
    // What music-metadata read from the master when it was uploaded (format,
    // duration, bitrate, tags), offered to staff to fill the track's fields.
    master_metadata: model.json().nullable(),
    // The 30-second MP3 excerpt of the master that the store previews (a
    // private file); without one the store plays the generated demo clip.
    preview_file_id: model.text().nullable(),
    // Owners' MP3 320 kbps and AAC copies of the master, private files made
    // by ffmpeg the first time an owner asks for them; gone with the master.
    mp3_file_id: model.text().nullable(),
    aac_file_id: model.text().nullable(),
    // Read model of the variant that sells the track and its price set (see Album).
    variant_id: model.text().nullable(),
    price_set_id: model.text().nullable(),
    album: model.belongsTo(() => Album, { mappedBy: "tracks" }),
    genre: model.belongsTo(() => Genre, { mappedBy: "tracks" }).nullable(),
    media_type: model.belongsTo(() => MediaType, { mappedBy: "tracks" }).nullable(),
  })
  .indexes([
    { on: ["chinook_id"], unique: true, where: "chinook_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["album_id", "track_number"], where: "deleted_at IS NULL" },
    { on: ["genre_id"], where: "deleted_at IS NULL" },
    { on: ["media_type_id"], where: "deleted_at IS NULL" },
  ])
