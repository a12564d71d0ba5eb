import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A track's master recording: a private file of the File Module. */
export class Migration20261127214500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "track" add column if not exists "master_file_id" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "track" drop column if exists "master_file_id";`)
  }
}
