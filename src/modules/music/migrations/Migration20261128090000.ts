import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Audio in the admin: what was read from a track's master, its preview cut
 * from the master, the owners' MP3 and AAC copies, and the File Module id of
 * an uploaded album cover. All empty for existing rows, which keep their
 * generated demo previews and covers.
 */
export class Migration20261128090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "track" add column if not exists "master_metadata" jsonb null;`)
    for (const column of ["preview_file_id", "mp3_file_id", "aac_file_id"]) {
      this.addSql(`alter table "track" add column if not exists "${column}" text null;`)
    }
    this.addSql(`alter table "album" add column if not exists "cover_file_id" text null;`)
  }

  override async down(): Promise<void> {
    for (const column of ["master_metadata", "preview_file_id", "mp3_file_id", "aac_file_id"]) {
      this.addSql(`alter table "track" drop column if exists "${column}";`)
    }
    this.addSql(`alter table "album" drop column if exists "cover_file_id";`)
  }
}
