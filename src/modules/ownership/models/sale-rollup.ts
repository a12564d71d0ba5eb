import { model } from "@medusajs/framework/utils"

/**
 * The sales ledger summed per calendar month, quarter and year (UTC), per
 * currency and per dimension a report groups by, so that a report over
 * years reads a few thousand rows instead of every sold line. `dimension`
 * "all" holds each period's totals (group_key ""); the others hold one row
 * per country, genre, artist, album, track, media type or support rep sold
 * in the period (group_key "" for lines without one, such as whole-album
 * lines for "track").
 *
 * Sold lines only, as the reports count them: revenue is amount less
 * reversed amount, units the quantities, orders the distinct orders with a
 * line in the group. An order belongs to one month, so orders add up across
 * periods; never across groups of one period (an order buys several genres).
 *
 * Written only by the ownership service in the same transaction as the
 * ledger rows it changes (see ledger/rollup.ts); rebuilt from the ledger by
 * its migration and by `rebuildSalesRollup`.
 */
export const SaleRollup = model
  .define("sale_rollup", {
    id: model.id({ prefix: "srol" }).primaryKey(),
    period: model.enum(["month", "quarter", "year"]),
    // Midnight UTC of the period's first day.
    starts_on: model.dateTime(),
    currency_code: model.text(),
    dimension: model.enum(["all", "country", "genre", "artist", "album", "track", "media_type", "support_rep"]),
    group_key: model.text(),
    revenue: model.bigNumber(),
    units: model.number(),
    orders: model.number(),
  })
  .indexes([{ on: ["dimension", "currency_code", "period", "starts_on", "group_key"], unique: true }])
