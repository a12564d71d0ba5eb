import { model } from "@medusajs/framework/utils"
import { Artist } from "./artist"
import { Track } from "./track"

export const Album = model
  .define("album", {
    id: model.id({ prefix: "alb" }).primaryKey(),
    chinook_id: model.number().nullable(),
    title: model.text().searchable(),
    // URL of the cover in the File Module; staff can replace it.
    cover_url: model.text().nullable(),
    // The File Module id of a cover staff uploaded, so that the cover it
    // replaces is deleted; null for generated and imported covers.
    cover_file_id: model.text().nullable(),
    // Read model: the sales channels in which the album's product is published
    // (empty: hidden from the store). Written only by the visibility sync
    // workflow, so every store read can filter in SQL instead of asking the
    // product module per request.
    sales_channel_ids: model.array().default([]),
    // Read model of the product that sells the album, written by the same
    // workflow: what a card shows of it (handle, the full-album variant and
    // its price set), so that cards come from this module's tables alone.
    product_id: model.text().nullable(),
    product_handle: model.text().nullable(),
    full_variant_id: model.text().nullable(),
    full_price_set_id: model.text().nullable(),
    artist: model.belongsTo(() => Artist, { mappedBy: "albums" }),
    tracks: model.hasMany(() => Track, { mappedBy: "album" }),
  })
  .cascades({ delete: ["tracks"] })
  .indexes([
    { on: ["chinook_id"], unique: true, where: "chinook_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["artist_id"], where: "deleted_at IS NULL" },
  ])
