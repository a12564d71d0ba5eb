import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125204548 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "track" drop constraint if exists "track_chinook_id_unique";`);
    this.addSql(`alter table if exists "media_type" drop constraint if exists "media_type_chinook_id_unique";`);
    this.addSql(`alter table if exists "genre" drop constraint if exists "genre_chinook_id_unique";`);
    this.addSql(`alter table if exists "album" drop constraint if exists "album_chinook_id_unique";`);
    this.addSql(`alter table if exists "artist" drop constraint if exists "artist_chinook_id_unique";`);
    this.addSql(`create table if not exists "artist" ("id" text not null, "chinook_id" integer null, "name" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "artist_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artist_deleted_at" ON "artist" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_artist_chinook_id_unique" ON "artist" ("chinook_id") WHERE chinook_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_artist_name" ON "artist" ("name") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "album" ("id" text not null, "chinook_id" integer null, "title" text not null, "cover_url" text null, "artist_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "album_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_album_artist_id" ON "album" ("artist_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_album_deleted_at" ON "album" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_album_chinook_id_unique" ON "album" ("chinook_id") WHERE chinook_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "genre" ("id" text not null, "chinook_id" integer null, "name" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "genre_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_genre_deleted_at" ON "genre" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_genre_chinook_id_unique" ON "genre" ("chinook_id") WHERE chinook_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "media_type" ("id" text not null, "chinook_id" integer null, "name" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "media_type_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_media_type_deleted_at" ON "media_type" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_media_type_chinook_id_unique" ON "media_type" ("chinook_id") WHERE chinook_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "track" ("id" text not null, "chinook_id" integer null, "name" text not null, "composer" text null, "milliseconds" integer not null, "bytes" integer null, "unit_price" numeric not null, "track_number" integer not null, "album_id" text not null, "genre_id" text null, "media_type_id" text null, "raw_unit_price" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "track_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_track_album_id" ON "track" ("album_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_track_genre_id" ON "track" ("genre_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_track_media_type_id" ON "track" ("media_type_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_track_deleted_at" ON "track" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_track_chinook_id_unique" ON "track" ("chinook_id") WHERE chinook_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_track_album_id_track_number" ON "track" ("album_id", "track_number") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "album" add constraint "album_artist_id_foreign" foreign key ("artist_id") references "artist" ("id") on update cascade;`);

    this.addSql(`alter table if exists "track" add constraint "track_album_id_foreign" foreign key ("album_id") references "album" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "track" add constraint "track_genre_id_foreign" foreign key ("genre_id") references "genre" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table if exists "track" add constraint "track_media_type_id_foreign" foreign key ("media_type_id") references "media_type" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "album" drop constraint if exists "album_artist_id_foreign";`);

    this.addSql(`alter table if exists "track" drop constraint if exists "track_album_id_foreign";`);

    this.addSql(`alter table if exists "track" drop constraint if exists "track_genre_id_foreign";`);

    this.addSql(`alter table if exists "track" drop constraint if exists "track_media_type_id_foreign";`);

    this.addSql(`drop table if exists "artist" cascade;`);

    this.addSql(`drop table if exists "album" cascade;`);

    this.addSql(`drop table if exists "genre" cascade;`);

    this.addSql(`drop table if exists "media_type" cascade;`);

    this.addSql(`drop table if exists "track" cascade;`);
  }

}
