import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * One or two typed letters are searched as the start of names (too short for
 * words or trigrams): a btree in pattern order answers that from the index.
 */
export class Migration20261126020000 extends Migration {
  override async up(): Promise<void> {
    for (const table of ["artist", "album", "track"]) {
      this.addSql(
        `create index if not exists "IDX_${table}_search_prefix" on "${table}" ("search_text" text_pattern_ops) where deleted_at is null;`
      )
    }
  }

  override async down(): Promise<void> {
    for (const table of ["artist", "album", "track"]) {
      this.addSql(`drop index if exists "IDX_${table}_search_prefix";`)
    }
  }
}
