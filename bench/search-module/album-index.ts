// Medusa's Search Module over our albums, for bench:search only (see
// artist-index.ts).
import { defineSearchIndex, graphSeed, search } from "@medusajs/framework/utils"
import { benchSearchModuleOn, visibleChannels } from "./_common"

if (benchSearchModuleOn()) {
  defineSearchIndex({
    name: "album",
    entity: "album",
    fields: search.define({
      id: search.keyword().filterable(),
      title: search.text().searchable({ weight: 3 }),
      artist_name: search.text().searchable({ weight: 1 }),
      artist_id: search.keyword().filterable(),
      cover_url: search.keyword(),
      sales_channel_ids: search.keyword().array().filterable().retrievable(false),
    }),
    seed: graphSeed({
      fields: ["id", "title", "cover_url", "sales_channel_ids", "artist.id", "artist.name"],
      batch_size: 1000,
      transform: (rows) =>
        rows.map((a) => ({
          id: a.id,
          title: a.title,
          artist_name: a.artist?.name ?? null,
          artist_id: a.artist?.id ?? null,
          cover_url: a.cover_url ?? null,
          sales_channel_ids: visibleChannels([a.sales_channel_ids]),
        })),
    }),
  })
}
