import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * What a store card shows of the product that sells an album or a track (its
 * handle, variant and price set), kept beside the visibility read model so
 * that cards are read from the music tables alone. Empty until the read-model
 * sync fills it (the migration script sync-catalogue-read-model does so for
 * existing stores).
 */
export class Migration20261127220000 extends Migration {
  override async up(): Promise<void> {
    for (const column of ["product_id", "product_handle", "full_variant_id", "full_price_set_id"]) {
      this.addSql(`alter table "album" add column if not exists "${column}" text null;`)
    }
    for (const column of ["variant_id", "price_set_id"]) {
      this.addSql(`alter table "track" add column if not exists "${column}" text null;`)
    }
  }

  override async down(): Promise<void> {
    for (const column of ["product_id", "product_handle", "full_variant_id", "full_price_set_id"]) {
      this.addSql(`alter table "album" drop column if exists "${column}";`)
    }
    for (const column of ["variant_id", "price_set_id"]) {
      this.addSql(`alter table "track" drop column if exists "${column}";`)
    }
  }
}
