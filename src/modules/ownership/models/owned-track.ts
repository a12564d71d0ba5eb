import { model } from "@medusajs/framework/utils"

/**
 * One track a customer owns through one order line. An album line grants one
 * row per track of the album. The pair (line_item_id, track_id) is unique, so
 * recording an order twice (an event delivered again, a retried job) adds
 * nothing. Ownership taken back (cancellation, refund) keeps the row, with
 * `revoked_at` set: the history stays.
 */
export const OwnedTrack = model
  .define("owned_track", {
    id: model.id({ prefix: "own" }).primaryKey(),
    customer_id: model.text(),
    // Ids of the music module's track and album, and of Medusa's order and line.
    track_id: model.text(),
    album_id: model.text(),
    order_id: model.text(),
    line_item_id: model.text(),
    // When the order was placed: the purchase date the library shows.
    granted_at: model.dateTime(),
    revoked_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["line_item_id", "track_id"], unique: true },
    { on: ["customer_id", "track_id"], where: "revoked_at IS NULL AND deleted_at IS NULL" },
    { on: ["customer_id", "album_id"], where: "revoked_at IS NULL AND deleted_at IS NULL" },
    { on: ["order_id"] },
  ])
