import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125204549 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "playlist" drop constraint if exists "playlist_share_token_unique";`);
    this.addSql(`alter table if exists "playlist" drop constraint if exists "playlist_chinook_id_unique";`);
    this.addSql(`create table if not exists "playlist" ("id" text not null, "chinook_id" integer null, "name" text not null, "description" text null, "editorial" boolean not null default false, "visibility" text check ("visibility" in ('private', 'public')) not null default 'private', "share_token" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "playlist_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_playlist_deleted_at" ON "playlist" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_playlist_chinook_id_unique" ON "playlist" ("chinook_id") WHERE chinook_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_playlist_share_token_unique" ON "playlist" ("share_token") WHERE share_token IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_playlist_editorial_visibility" ON "playlist" ("editorial", "visibility") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "playlist_track" ("id" text not null, "position" integer not null, "track_id" text not null, "playlist_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "playlist_track_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_playlist_track_playlist_id" ON "playlist_track" ("playlist_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_playlist_track_deleted_at" ON "playlist_track" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_playlist_track_playlist_id_position" ON "playlist_track" ("playlist_id", "position") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_playlist_track_track_id" ON "playlist_track" ("track_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "playlist_track" add constraint "playlist_track_playlist_id_foreign" foreign key ("playlist_id") references "playlist" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "playlist_track" drop constraint if exists "playlist_track_playlist_id_foreign";`);

    this.addSql(`drop table if exists "playlist" cascade;`);

    this.addSql(`drop table if exists "playlist_track" cascade;`);
  }

}
