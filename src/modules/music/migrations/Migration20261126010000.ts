import { Migration } from "@medusajs/framework/mikro-orm/migrations"

const SEARCHED = [
  ["artist", "name"],
  ["album", "title"],
  ["track", "name"],
] as const

/**
 * Search on stored, accent-folded names. Folding on every comparison cost
 * more than the search itself (unaccent per candidate row, and a planner that
 * cannot see that cost chose sequential scans): a generated column does it
 * once per write. The models do not declare these columns; PostgreSQL fills
 * them, and only the search query reads them.
 *
 * The GIN indexes write through (fastupdate off): a catalogue is read far
 * more than written, and entries parked in a pending list after a bulk load
 * made every search several times slower until the next vacuum.
 */
export class Migration20261126010000 extends Migration {
  override async up(): Promise<void> {
    for (const [table, column] of SEARCHED) {
      this.addSql(`drop index if exists "IDX_${table}_${column}_trgm";`)
      this.addSql(`drop index if exists "IDX_${table}_${column}_fts";`)
      this.addSql(
        `alter table "${table}" add column if not exists "search_text" text generated always as (music_search_norm("${column}")) stored;`
      )
      this.addSql(
        `create index if not exists "IDX_${table}_search_trgm" on "${table}" using gin ("search_text" gin_trgm_ops) with (fastupdate = off) where deleted_at is null;`
      )
      this.addSql(
        `create index if not exists "IDX_${table}_search_fts" on "${table}" using gin (to_tsvector('simple', "search_text")) with (fastupdate = off) where deleted_at is null;`
      )
      // The lists' `q` filter (ILIKE '%…%') on a big catalogue.
      this.addSql(
        `create index if not exists "IDX_${table}_${column}_ilike" on "${table}" using gin ("${column}" gin_trgm_ops) with (fastupdate = off) where deleted_at is null;`
      )
    }
    this.addSql(`analyze "artist", "album", "track";`)
  }

  override async down(): Promise<void> {
    for (const [table, column] of SEARCHED) {
      this.addSql(`drop index if exists "IDX_${table}_${column}_ilike";`)
      this.addSql(`drop index if exists "IDX_${table}_search_trgm";`)
      this.addSql(`drop index if exists "IDX_${table}_search_fts";`)
      this.addSql(`alter table "${table}" drop column if exists "search_text";`)
      this.addSql(
        `create index if not exists "IDX_${table}_${column}_trgm" on "${table}" using gin (music_search_norm("${column}") gin_trgm_ops) with (fastupdate = off) where deleted_at is null;`
      )
      this.addSql(
        `create index if not exists "IDX_${table}_${column}_fts" on "${table}" using gin (to_tsvector('simple', music_search_norm("${column}"))) where deleted_at is null;`
      )
    }
  }
}
