import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Where the store may show each album and track: the sales channels its
 * product is published in. Empty until the visibility sync fills it (the
 * migration script sync-catalogue-visibility does so for existing stores),
 * so nothing unpublished ever leaks in between.
 */
export class Migration20261127000000 extends Migration {
  override async up(): Promise<void> {
    for (const table of ["album", "track"]) {
      this.addSql(`alter table "${table}" add column if not exists "sales_channel_ids" text[] not null default '{}';`)
      this.addSql(
        `create index if not exists "IDX_${table}_sales_channel_ids" on "${table}" using gin ("sales_channel_ids") where deleted_at is null;`
      )
    }
  }

  override async down(): Promise<void> {
    for (const table of ["album", "track"]) {
      this.addSql(`drop index if exists "IDX_${table}_sales_channel_ids";`)
      this.addSql(`alter table "${table}" drop column if exists "sales_channel_ids";`)
    }
  }
}
