// Medusa's Search Module over our tracks, for bench:search only (see
// artist-index.ts). Composers are searchable, as in our search.
import { defineSearchIndex, search } from "@medusajs/framework/utils"
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
    async *seed({ container, last_key }) {
      const query = container.query
      let cursor = last_key
      while (true) {
        const { data } = await query.graph({
          entity: "track",
          fields: ["id", "name", "composer", "milliseconds", "sales_channel_ids", "album.id", "album.title", "album.artist.name"],
          filters: cursor ? { id: { $gt: cursor } } : {},
          pagination: { take: 2000, order: { id: "ASC" } },
        })
        if (!data.length) return
        yield [
          {
            action: "upsert",
            documents: data.map((t: any) => ({
              id: t.id,
              name: t.name,
              composer: t.composer ?? null,
              artist_name: t.album?.artist?.name ?? null,
              album_title: t.album?.title ?? null,
              album_id: t.album?.id ?? null,
              milliseconds: t.milliseconds,
              sales_channel_ids: visibleChannels([t.sales_channel_ids]),
            })),
          },
        ]
        if (data.length < 2000) return
        cursor = data[data.length - 1].id
      }
    },
  })
}
