// Medusa's Search Module over our artists, for bench:search only: the
// benchmark's build copies this folder into its src/search/ (see
// bench/lib/server.mjs); the store never loads it.
import { defineSearchIndex, graphSeed, search } from "@medusajs/framework/utils"
import { benchSearchModuleOn, visibleChannels } from "./_common"

if (benchSearchModuleOn()) {
  defineSearchIndex({
    name: "artist",
    entity: "artist",
    fields: search.define({
      id: search.keyword().filterable(),
      name: search.text().searchable({ weight: 3 }),
      // Visible where at least one of its albums is (as in our routes).
      sales_channel_ids: search.keyword().array().filterable().retrievable(false),
    }),
    // Filled at server start only: the benchmark does not change the catalogue
    // while it runs, so no events are consumed. graphSeed pages by id and
    // runs the catch-up pass Medusa does after a full seed.
    seed: graphSeed({
      fields: ["id", "name", "albums.sales_channel_ids"],
      batch_size: 1000,
      transform: (rows) =>
        rows.map((a) => ({
          id: a.id,
          name: a.name,
          sales_channel_ids: visibleChannels((a.albums ?? []).map((al: any) => al?.sales_channel_ids)),
        })),
    }),
  })
}
