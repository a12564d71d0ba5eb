import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128005911 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "playlist_track" drop constraint if exists "playlist_track_playlist_id_track_id_unique";`);
    // Entries are addressed by track from now on: a track listed twice in a
    // playlist keeps its first entry, and positions close up to 0..n-1.
    this.addSql(`update "playlist_track" set "deleted_at" = now() where "id" in (select "id" from (select "id", row_number() over (partition by "playlist_id", "track_id" order by "position", "id") as "rn" from "playlist_track" where "deleted_at" is null) as "d" where "rn" > 1);`);
    this.addSql(`update "playlist_track" as "pt" set "position" = "r"."rn" - 1 from (select "id", row_number() over (partition by "playlist_id" order by "position", "id") as "rn" from "playlist_track" where "deleted_at" is null) as "r" where "pt"."id" = "r"."id" and "pt"."position" <> "r"."rn" - 1;`);
    // Share links are made when a customer shares a playlist (256-bit tokens);
    // the short tokens editorial playlists were given at import named no link.
    this.addSql(`update "playlist" set "share_token" = null where "editorial" = true;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_playlist_track_playlist_id_track_id_unique" ON "playlist_track" ("playlist_id", "track_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_playlist_track_playlist_id_track_id_unique";`);
  }

}
