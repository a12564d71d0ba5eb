import { model } from "@medusajs/framework/utils"

/**
 * The sales ledger: one row per sold order line, with what reports group by
 * copied at the time of sale (artist, genre, media type, country, support
 * rep), so a later rename or move in the catalogue does not rewrite history.
 *
 * `amount` is what the line cost (its total); `reversed_amount` is how much of
 * it was taken back. A line taken back in full is `canceled` (the order was)
 * or `refunded`; a refund smaller than any line stays on a `sold` line as a
 * partial reversal, so that amount − reversed_amount summed over an order
 * always equals what the customer finally paid.
 */
export const SaleLine = model
  .define("sale_line", {
    id: model.id({ prefix: "sale" }).primaryKey(),
    order_id: model.text(),
    line_item_id: model.text(),
    customer_id: model.text().nullable(),
    kind: model.enum(["track", "album"]),
    // The track sold (kind "track"); the album sold, or the track's album.
    track_id: model.text().nullable(),
    album_id: model.text().nullable(),
    // Medusa's product and variant of the line, as charts rank them.
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    artist_id: model.text().nullable(),
    // An album line's genre and media type are those of most of its tracks.
    genre_id: model.text().nullable(),
    media_type_id: model.text().nullable(),
    country_code: model.text().nullable(),
    // The customer's support rep (staff module employee) when sold.
    support_rep_id: model.text().nullable(),
    quantity: model.number(),
    amount: model.bigNumber(),
    reversed_amount: model.bigNumber().default(0),
    currency_code: model.text(),
    sold_at: model.dateTime(),
    status: model.enum(["sold", "canceled", "refunded"]).default("sold"),
    reversed_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["line_item_id"], unique: true },
    { on: ["order_id"] },
    { on: ["sold_at"], where: "status = 'sold'" },
    { on: ["variant_id", "sold_at"], where: "status = 'sold'" },
    { on: ["product_id", "order_id"], where: "status = 'sold'" },
    { on: ["customer_id"] },
    { on: ["artist_id"] },
    { on: ["album_id"] },
    { on: ["track_id"] },
    { on: ["genre_id"] },
    { on: ["media_type_id"] },
    { on: ["country_code"] },
    { on: ["support_rep_id"] },
  ])
