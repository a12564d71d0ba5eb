import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { Client } from "pg"
import { ensureStoreSetup } from "../../src/lib/store-setup"
import { MUSIC_MODULE } from "../../src/modules/music"
import type MusicModuleService from "../../src/modules/music/service"
import { albumHandle, FORMAT_OPTION, FULL_ALBUM_VALUE, trackOptionValue } from "../../src/workflows/music/utils/album-product"
import * as syn from "./names"

/**
 * `npm run seed:synthetic -- --scale N` (through bench/seed-synthetic.mjs):
 * makes the synthetic benchmark catalogue exactly N times Chinook's size
 * (N × 275 artists, N × 347 albums, about N × 3,500 tracks), each album sold
 * as a published product in the default sales channel with one variant per
 * track plus the full album, linked album ↔ product and track ↔ variant as
 * src/links defines. Scale 0 (or SYNTHETIC_REMOVE=1) removes it all.
 *
 * Synthetic rows are recognisable by their ids, which carry the `syn` tag
 * after the usual prefix (`art_syn0000042`, `alb_syn…`, `trk_syn…_07`,
 * `prod_syn…`, `variant_syn…`, `opt_syn…`), by chinook_id being null and by
 * product metadata `{ synthetic: true }`. The ids come from the record's
 * index, so runs are idempotent and a lower scale removes the excess.
 *
 * Rows are written with bulk SQL, one transaction per batch of albums: the
 * module services (productModuleService.createProducts, music createTracks,
 * link.create) took 15 s for one Chinook-sized copy here, about 25 minutes
 * at scale 100. The rows are the ones those services write for an album
 * (compare the real import), minus prices and covers: synthetic variants
 * have no prices and albums no cover art.
 */

const ALBUM_BATCH = Number(process.env.SYNTHETIC_BATCH || 1000)
const TAG = syn.SYNTHETIC_TAG

const say = (m: string) => console.log(m)

const pad = (n: number, w: number) => String(n).padStart(w, "0")
const ids = {
  option: (j: number) => `opt_${TAG}${pad(j, 7)}`,
  optionValue: (j: number, n: number) => `optval_${TAG}${pad(j, 7)}_${pad(n, 2)}`,
  productOption: (j: number) => `prodopt_${TAG}${pad(j, 7)}`,
  productOptionValue: (j: number, n: number) => `prodoptval_${TAG}${pad(j, 7)}_${pad(n, 2)}`,
  channelLink: (j: number) => `prodsc_${TAG}${pad(j, 7)}`,
  albumLink: (j: number) => `link_${TAG}alb${pad(j, 7)}`,
  trackLink: (j: number, n: number) => `link_${TAG}trk${pad(j, 7)}_${pad(n, 2)}`,
}

/**
 * Every table with synthetic rows: its id column, id prefix and the id of
 * the first row of album (or artist) index `k`, so `id >= first(k)` (in C
 * collation) selects the rows of index k and up. Children before parents.
 */
const TABLES: { table: string; column: string; prefix: string; first: (k: number) => string; artist?: boolean }[] = [
  // Nothing here refers to synthetic products unless staff attached it in the admin.
  { table: "image", column: "product_id", prefix: "prod", first: syn.productId },
  { table: "product_tags", column: "product_id", prefix: "prod", first: syn.productId },
  { table: "product_category_product", column: "product_id", prefix: "prod", first: syn.productId },
  { table: "music_track_product_product_variant", column: "track_id", prefix: "trk", first: (k) => syn.trackId(k, 0) },
  { table: "music_album_product_product", column: "album_id", prefix: "alb", first: syn.albumId },
  { table: "product_sales_channel", column: "product_id", prefix: "prod", first: syn.productId },
  { table: "product_variant_option", column: "variant_id", prefix: "variant", first: (k) => syn.variantId(k, 0) },
  { table: "product_product_option_value", column: "id", prefix: "prodoptval", first: (k) => ids.productOptionValue(k, 0) },
  { table: "product_product_option", column: "id", prefix: "prodopt", first: ids.productOption },
  { table: "product_variant", column: "id", prefix: "variant", first: (k) => syn.variantId(k, 0) },
  { table: "product_option_value", column: "id", prefix: "optval", first: (k) => ids.optionValue(k, 0) },
  { table: "product_option", column: "id", prefix: "opt", first: ids.option },
  { table: "product", column: "id", prefix: "prod", first: syn.productId },
  { table: "track", column: "id", prefix: "trk", first: (k) => syn.trackId(k, 0) },
  { table: "album", column: "id", prefix: "alb", first: syn.albumId },
  { table: "artist", column: "id", prefix: "art", first: syn.artistId, artist: true },
]

const likeSynthetic = (prefix: string) => `${prefix}\\_${TAG}%`

/**
 * Deletes the synthetic albums from index `albumsFrom` and artists from
 * `artistsFrom` up, with all their rows, table by table.
 *
 * Foreign-key cascades would check each deleted row with a sequential scan
 * of the referencing table, because the referencing columns have only
 * partial indexes (`where deleted_at is null`) or none
 * (product_variant_option.option_value_id): hours at scale 100. So, as a
 * superuser, the deletion runs with triggers (and with them the foreign-key
 * checks) off; every table that refers to these rows is in TABLES.
 */
async function removeFrom(db: Client, albumsFrom: number, artistsFrom: number) {
  const removed: Record<string, number> = {}
  const { rows } = await db.query("select rolsuper from pg_roles where rolname = current_user")
  await db.query("begin")
  try {
    if (rows[0]?.rolsuper) {
      await db.query("set local session_replication_role = replica")
    } else if ((await db.query(`select 1 from album where id like $1 and id collate "C" >= $2 limit 1`, [likeSynthetic("alb"), syn.albumId(albumsFrom)])).rowCount) {
      say("warning: not a superuser, so foreign-key checks stay on and removing many synthetic rows is slow")
    }
    for (const t of TABLES) {
      const res = await db.query(
        `delete from "${t.table}" where "${t.column}" like $1 and "${t.column}" collate "C" >= $2`,
        [likeSynthetic(t.prefix), t.first(t.artist ? artistsFrom : albumsFrom)]
      )
      removed[t.table] = res.rowCount ?? 0
    }
    await db.query("commit")
  } catch (e) {
    await db.query("rollback")
    throw e
  }
  return removed
}

async function idSet(db: Client, table: string, column: string, prefix: string) {
  const { rows } = await db.query(`select "${column}" as id from "${table}" where "${column}" like $1`, [likeSynthetic(prefix)])
  return new Set<string>(rows.map((r) => r.id))
}

/**
 * One multi-row insert: `columns` as parallel arrays, unnested by PostgreSQL,
 * plus `constants` (column → SQL literal) shared by every row.
 */
async function insert(
  db: Client,
  table: string,
  columns: Record<string, { type: string; values: unknown[] }>,
  constants: Record<string, string> = {}
) {
  const names = Object.keys(columns)
  if (!columns[names[0]].values.length) return 0
  const all = [...names, ...Object.keys(constants)].map((n) => `"${n}"`).join(", ")
  const sources = [...names.map((n, i) => `$${i + 1}::${columns[n].type}[]`)].join(", ")
  const extra = Object.values(constants).map((v) => `, ${v}`).join("")
  const res = await db.query(
    `insert into "${table}" (${all}) select *${extra} from unnest(${sources}) on conflict do nothing`,
    names.map((n) => columns[n].values)
  )
  return res.rowCount ?? 0
}

const col = (type: string, values: unknown[] = []) => ({ type, values })

async function counts(db: Client) {
  const { rows } = await db.query(
    `select
       (select count(*) from artist where id like $1)::int as artists,
       (select count(*) from album where id like $2)::int as albums,
       (select count(*) from track where id like $3)::int as tracks,
       (select count(*) from product where id like $4)::int as products,
       (select count(*) from product_variant where id like $5)::int as variants`,
    [likeSynthetic("art"), likeSynthetic("alb"), likeSynthetic("trk"), likeSynthetic("prod"), likeSynthetic("variant")]
  )
  return rows[0] as Record<"artists" | "albums" | "tracks" | "products" | "variants", number>
}

export default async function seedSynthetic({ container }: ExecArgs) {
  const remove = process.env.SYNTHETIC_REMOVE === "1"
  const scale = remove ? 0 : Number(process.env.SYNTHETIC_SCALE ?? 1)
  if (!Number.isInteger(scale) || scale < 0) {
    throw new Error(`--scale must be a whole number of Chinook-sized copies (0 or more), got "${process.env.SYNTHETIC_SCALE}".`)
  }
  const t0 = Date.now()
  const secs = (t = t0) => `${((Date.now() - t) / 1000).toFixed(1)} s`
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const db = new Client({ connectionString: config.projectConfig.databaseUrl })
  await db.connect()
  try {
    const nArtists = scale * syn.ARTISTS_PER_SCALE
    const nAlbums = scale * syn.ALBUMS_PER_SCALE
    const before = await counts(db)

    let t = Date.now()
    const removed = await removeFrom(db, nAlbums, nArtists)
    if (removed.album || removed.artist || removed.product || removed.track) {
      say(`removed ${removed.artist} artists, ${removed.album} albums, ${removed.track} tracks, ${removed.product} products beyond scale ${scale} (${secs(t)})`)
    }
    if (scale === 0) {
      say(`synthetic catalogue removed (${secs()})`)
      return
    }

    // The store's default sales channel, and the real genres and media types by name.
    const setup = await ensureStoreSetup(container)
    const music: MusicModuleService = container.resolve(MUSIC_MODULE)
    const genres = new Map((await music.listGenres({}, { select: ["id", "name"], take: null })).map((g) => [g.name, g.id]))
    const mediaTypes = new Map((await music.listMediaTypes({}, { select: ["id", "name"], take: null })).map((m) => [m.name, m.id]))

    t = Date.now()
    const artists = await idSet(db, "artist", "id", "art")
    const newArtists = { id: col("text"), name: col("text") }
    for (let i = 0; i < nArtists; i++) {
      if (artists.has(syn.artistId(i))) continue
      const a = syn.artist(i)
      newArtists.id.values.push(a.id)
      newArtists.name.values.push(a.name)
    }
    await insert(db, "artist", newArtists)
    say(`artists: ${newArtists.id.values.length} created, ${nArtists - newArtists.id.values.length} unchanged (${secs(t)})`)

    // What exists already: an album is complete when its album, tracks,
    // product and links are all there.
    t = Date.now()
    const have = {
      albums: await idSet(db, "album", "id", "alb"),
      tracks: await idSet(db, "track", "id", "trk"),
      products: await idSet(db, "product", "id", "prod"),
      variants: await idSet(db, "product_variant", "id", "variant"),
      albumLinks: await idSet(db, "music_album_product_product", "album_id", "alb"),
      trackLinks: await idSet(db, "music_track_product_product_variant", "track_id", "trk"),
      channelLinks: await idSet(db, "product_sales_channel", "product_id", "prod"),
    }
    const complete = (a: syn.SyntheticAlbum) =>
      have.albums.has(a.id) &&
      have.products.has(syn.productId(a.index)) &&
      have.albumLinks.has(a.id) &&
      have.channelLinks.has(syn.productId(a.index)) &&
      have.variants.has(syn.variantId(a.index, 0)) &&
      a.tracks.every((tr) => have.tracks.has(tr.id) && have.trackLinks.has(tr.id) && have.variants.has(syn.variantId(a.index, tr.track_number)))

    let albumsCreated = 0
    let tracksCreated = 0
    let tracksTotal = 0
    for (let start = 0; start < nAlbums; start += ALBUM_BATCH) {
      const batch: syn.SyntheticAlbum[] = []
      for (let j = start; j < Math.min(nAlbums, start + ALBUM_BATCH); j++) {
        const a = syn.album(j)
        tracksTotal += a.tracks.length
        if (!complete(a)) batch.push(a)
      }
      if (batch.length) {
        const r = {
          // With the store's read model of its product (see the Album model),
          // written here in the same pass rather than by the sync workflow
          // afterwards (minutes at 100x).
          album: {
            id: col("text"), title: col("text"), artist_id: col("text"),
            product_id: col("text"), product_handle: col("text"), full_variant_id: col("text"),
          },
          track: {
            id: col("text"), name: col("text"), composer: col("text"), milliseconds: col("int"), bytes: col("int"),
            unit_price: col("numeric"), raw_unit_price: col("jsonb"), track_number: col("int"), album_id: col("text"),
            genre_id: col("text"), media_type_id: col("text"), variant_id: col("text"),
          },
          product: { id: col("text"), title: col("text"), handle: col("text"), subtitle: col("text"), metadata: col("jsonb") },
          product_option: { id: col("text") },
          product_option_value: { id: col("text"), value: col("text"), option_id: col("text") },
          product_product_option: { id: col("text"), product_id: col("text"), product_option_id: col("text") },
          product_product_option_value: { id: col("text"), product_product_option_id: col("text"), product_option_value_id: col("text") },
          product_variant: { id: col("text"), title: col("text"), sku: col("text"), variant_rank: col("int"), product_id: col("text") },
          product_variant_option: { variant_id: col("text"), option_value_id: col("text") },
          product_sales_channel: { id: col("text"), product_id: col("text") },
          music_album_product_product: { id: col("text"), album_id: col("text"), product_id: col("text") },
          music_track_product_product_variant: { id: col("text"), track_id: col("text"), product_variant_id: col("text") },
        }
        const push = <T extends Record<string, { values: unknown[] }>>(table: T, row: { [K in keyof T]: unknown }) => {
          for (const k in row) table[k].values.push(row[k])
        }
        for (const a of batch) {
          const j = a.index
          const productId = syn.productId(j)
          if (!have.albums.has(a.id)) albumsCreated++
          const handle = albumHandle({ id: a.id, title: a.title, artist: { id: a.artist.id, name: a.artist.name } } as any)
          push(r.album, {
            id: a.id, title: a.title, artist_id: a.artist.id,
            product_id: productId, product_handle: handle, full_variant_id: syn.variantId(j, 0),
          })
          push(r.product, {
            id: productId,
            title: a.title,
            handle,
            subtitle: a.artist.name,
            metadata: JSON.stringify({ album_id: a.id, synthetic: true }),
          })
          push(r.product_option, { id: ids.option(j) })
          push(r.product_product_option, { id: ids.productOption(j), product_id: productId, product_option_id: ids.option(j) })
          push(r.product_sales_channel, { id: ids.channelLink(j), product_id: productId })
          push(r.music_album_product_product, { id: ids.albumLink(j), album_id: a.id, product_id: productId })
          const variants = [
            ...a.tracks.map((tr) => ({ n: tr.track_number, title: tr.name, sku: tr.id, value: trackOptionValue(tr) })),
            { n: 0, title: FULL_ALBUM_VALUE, sku: a.id, value: FULL_ALBUM_VALUE },
          ]
          for (const v of variants) {
            const variantId = syn.variantId(j, v.n)
            push(r.product_option_value, { id: ids.optionValue(j, v.n), value: v.value, option_id: ids.option(j) })
            push(r.product_product_option_value, {
              id: ids.productOptionValue(j, v.n),
              product_product_option_id: ids.productOption(j),
              product_option_value_id: ids.optionValue(j, v.n),
            })
            push(r.product_variant, { id: variantId, title: v.title, sku: v.sku, variant_rank: v.n, product_id: productId })
            push(r.product_variant_option, { variant_id: variantId, option_value_id: ids.optionValue(j, v.n) })
          }
          for (const tr of a.tracks) {
            if (!have.tracks.has(tr.id)) tracksCreated++
            push(r.track, {
              id: tr.id, name: tr.name, composer: tr.composer, milliseconds: tr.milliseconds, bytes: tr.bytes,
              unit_price: tr.unit_price, raw_unit_price: JSON.stringify({ value: String(tr.unit_price), precision: 20 }),
              track_number: tr.track_number, album_id: a.id,
              genre_id: genres.get(a.genre) ?? null, media_type_id: mediaTypes.get(a.media_type) ?? null,
              variant_id: syn.variantId(j, tr.track_number),
            })
            push(r.music_track_product_product_variant, {
              id: ids.trackLink(j, tr.track_number),
              track_id: tr.id,
              product_variant_id: syn.variantId(j, tr.track_number),
            })
          }
        }
        await db.query("begin")
        try {
          const channels = { sales_channel_ids: `ARRAY['${setup.sales_channel_id.replace(/'/g, "''")}']::text[]` }
          await insert(db, "album", r.album, channels)
          await insert(db, "track", r.track, channels)
          await insert(db, "product", r.product, { status: "'published'", discountable: "true" })
          await insert(db, "product_option", r.product_option, { title: `'${FORMAT_OPTION}'`, is_exclusive: "true" })
          await insert(db, "product_option_value", r.product_option_value)
          await insert(db, "product_product_option", r.product_product_option)
          await insert(db, "product_product_option_value", r.product_product_option_value)
          await insert(db, "product_variant", r.product_variant, { manage_inventory: "false", allow_backorder: "false" })
          await insert(db, "product_variant_option", r.product_variant_option)
          await insert(db, "product_sales_channel", r.product_sales_channel, { sales_channel_id: `'${setup.sales_channel_id.replace(/'/g, "''")}'` })
          await insert(db, "music_album_product_product", r.music_album_product_product)
          await insert(db, "music_track_product_product_variant", r.music_track_product_product_variant)
          await db.query("commit")
        } catch (e) {
          await db.query("rollback")
          throw e
        }
      }
      const done = Math.min(nAlbums, start + ALBUM_BATCH)
      if (batch.length && ((done / ALBUM_BATCH) % 5 === 0 || done === nAlbums)) {
        say(`  albums: ${done}/${nAlbums} (${secs(t)})`)
      }
    }
    say(`albums: ${albumsCreated} created, ${nAlbums - albumsCreated} unchanged (${secs(t)})`)
    say(`tracks: ${tracksCreated} created, ${tracksTotal - tracksCreated} unchanged`)

    if (albumsCreated || tracksCreated || removed.album) {
      // VACUUM, not only ANALYZE: besides fresh statistics it merges the GIN
      // indexes' pending lists (search indexes on names), which every search
      // would otherwise scan row by row; ANALYZE alone leaves them.
      t = Date.now()
      for (const table of ["artist", "album", "track", "product", "product_variant", "product_option", "product_option_value",
        "product_product_option", "product_product_option_value", "product_variant_option", "product_sales_channel",
        "music_album_product_product", "music_track_product_product_variant"]) {
        await db.query(`vacuum (analyze) "${table}"`)
      }
      say(`vacuum and analyze: ${secs(t)}`)
    }
    const after = await counts(db)
    say(
      `synthetic catalogue at scale ${scale}: ${after.artists} artists, ${after.albums} albums, ${after.tracks} tracks, ` +
        `${after.products} products, ${after.variants} variants (was ${before.albums} albums) in ${secs()}`
    )
  } finally {
    await db.end()
  }
}
