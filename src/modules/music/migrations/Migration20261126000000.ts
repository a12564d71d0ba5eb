import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Catalogue search: trigram and full-text indexes over accent-free, lower-case
 * names, so that "iron maidn", "antonio carlos jobim" and "zepp" all find what
 * the customer means without any service besides PostgreSQL.
 *
 * unaccent() is only STABLE (its dictionary could change), so it cannot appear
 * in an index; music_search_norm() pins the dictionary and is declared
 * IMMUTABLE, which is the documented way to index unaccented text.
 */
export class Migration20261126000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`)
    this.addSql(`create extension if not exists unaccent;`)
    this.addSql(`
      create or replace function music_search_norm(text) returns text
      language sql immutable strict parallel safe
      as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;`)
    for (const [table, column] of [
      ["artist", "name"],
      ["album", "title"],
      ["track", "name"],
    ]) {
      this.addSql(
        `create index if not exists "IDX_${table}_${column}_trgm" on "${table}" using gin (music_search_norm("${column}") gin_trgm_ops) where deleted_at is null;`
      )
      this.addSql(
        `create index if not exists "IDX_${table}_${column}_fts" on "${table}" using gin (to_tsvector('simple', music_search_norm("${column}"))) where deleted_at is null;`
      )
    }
    // Statistics for the new index expressions, so the planner uses them at once.
    this.addSql(`analyze "artist", "album", "track";`)
  }

  override async down(): Promise<void> {
    for (const [table, column] of [
      ["artist", "name"],
      ["album", "title"],
      ["track", "name"],
    ]) {
      this.addSql(`drop index if exists "IDX_${table}_${column}_trgm";`)
      this.addSql(`drop index if exists "IDX_${table}_${column}_fts";`)
    }
    this.addSql(`drop function if exists music_search_norm(text);`)
  }
}
