// Medusa's Search Module over our tracks, for bench:search only (see
// artist-index.ts). Composers are searchable, as in our search.
import { defineSearchIndex, graphSeed, search } from "@medusajs/framework/utils"
import { benchSearchModuleOn, visibleChannels } from "./_common"

if (benchSearchModuleOn()) {
  defineSearchIndex({
    name: "track",
    entity: "track",
    fields: search.define({
      id: search.keyword().filterable(),
      name: search.text().searchable({ weight: 3 }),
      composer: search.text().searchable({ weight: 1 }),
      artist_name: search.text().searchable({ weight: 1 }),
      album_title: search.keyword(),
      album_id: search.keyword().filterable(),
      milliseconds: search.integer(),
      sales_channel_ids: search.keyword().array().filterable().retrievable(false),
    }),
    seed: graphSeed({
      fields: ["id", "name", "composer", "milliseconds", "sales_channel_ids", "album.id", "album.title", "album.artist.name"],
      batch_size: 2000,
      transform: (rows) =>
        rows.map((t) => ({
          id: t.id,
          name: t.name,
          composer: t.composer ?? null,
          artist_name: t.album?.artist?.name ?? null,
          album_title: t.album?.title ?? null,
          album_id: t.album?.id ?? null,
          milliseconds: t.milliseconds,
          sales_channel_ids: visibleChannels([t.sales_channel_ids]),
        })),
    }),
  })
}
