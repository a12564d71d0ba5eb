import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// The separators of Migration20261127010000, unchanged.
const SEPARATORS = `[[:punct:][:space:][:cntrl:]´‘’‚‛“”„‟–—‐‑‒―…·•«»¡¿°º]+`

/**
 * music_search_words() and music_search_key() called music_search_norm()
 * by its bare name. pg_restore runs with an empty search_path, so restoring a
 * backup (npm run restore) failed at the first generated column that uses
 * them: "function music_search_norm(text) does not exist". Named with its
 * schema, as music_search_norm() already names unaccent. Same results, so
 * stored columns and indexes stay valid; SQL functions still inline.
 */
export class Migration20261128120500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create or replace function music_search_words(text) returns text
      language sql immutable strict parallel safe
      as $$ select regexp_replace(public.music_search_norm($1), '${SEPARATORS}', ' ', 'g') $$;`)
    this.addSql(`
      create or replace function music_search_key(text) returns text
      language sql immutable strict parallel safe
      as $$ select regexp_replace(public.music_search_norm($1), '${SEPARATORS}', '', 'g') $$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`
      create or replace function music_search_words(text) returns text
      language sql immutable strict parallel safe
      as $$ select regexp_replace(music_search_norm($1), '${SEPARATORS}', ' ', 'g') $$;`)
    this.addSql(`
      create or replace function music_search_key(text) returns text
      language sql immutable strict parallel safe
      as $$ select regexp_replace(music_search_norm($1), '${SEPARATORS}', '', 'g') $$;`)
  }
}
