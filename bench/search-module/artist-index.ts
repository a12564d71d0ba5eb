// Medusa's Search Module over our artists, for bench:search only: the
// benchmark's build copies this folder into its src/search/ (see
// bench/lib/server.mjs); the store never loads it.
import { defineSearchIndex, search } from "@medusajs/framework/utils"
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
    // while it runs, so no events are consumed.
    async *seed({ container, last_key }) {
      const query = container.query
      let cursor = last_key
      while (true) {
        const { data } = await query.graph({
          entity: "artist",
          fields: ["id", "name", "albums.sales_channel_ids"],
          filters: cursor ? { id: { $gt: cursor } } : {},
          pagination: { take: 1000, order: { id: "ASC" } },
        })
        if (!data.length) return
        yield [
          {
            action: "upsert",
            documents: data.map((a: any) => ({
              id: a.id,
              name: a.name,
              sales_channel_ids: visibleChannels((a.albums ?? []).map((al: any) => al?.sales_channel_ids)),
            })),
          },
        ]
        if (data.length < 1000) return
        cursor = data[data.length - 1].id
      }
    },
  })
}
