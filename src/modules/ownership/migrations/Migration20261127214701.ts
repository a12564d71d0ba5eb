import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/*
 * What customers own (owned_track) and the sales ledger (sale_line). Unique
 * keys make recording an order idempotent: (line_item_id, track_id) for a
 * grant, line_item_id for a sold line. The ledger's indexes serve the charts
 * (sold lines by date, by variant, by product and order) and the reports'
 * group-bys.
 */
export class Migration20261127214701 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "sale_line" drop constraint if exists "sale_line_line_item_id_unique";`);
    this.addSql(`alter table if exists "owned_track" drop constraint if exists "owned_track_line_item_id_track_id_unique";`);
    this.addSql(`create table if not exists "owned_track" ("id" text not null, "customer_id" text not null, "track_id" text not null, "album_id" text not null, "order_id" text not null, "line_item_id" text not null, "granted_at" timestamptz not null, "revoked_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "owned_track_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_owned_track_deleted_at" ON "owned_track" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_owned_track_line_item_id_track_id_unique" ON "owned_track" ("line_item_id", "track_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_owned_track_customer_id_track_id" ON "owned_track" ("customer_id", "track_id") WHERE revoked_at IS NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_owned_track_customer_id_album_id" ON "owned_track" ("customer_id", "album_id") WHERE revoked_at IS NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_owned_track_order_id" ON "owned_track" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "sale_line" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "customer_id" text null, "kind" text check ("kind" in ('track', 'album')) not null, "track_id" text null, "album_id" text null, "product_id" text null, "variant_id" text null, "artist_id" text null, "genre_id" text null, "media_type_id" text null, "country_code" text null, "support_rep_id" text null, "quantity" integer not null, "amount" numeric not null, "reversed_amount" numeric not null default 0, "currency_code" text not null, "sold_at" timestamptz not null, "status" text check ("status" in ('sold', 'canceled', 'refunded')) not null default 'sold', "reversed_at" timestamptz null, "raw_amount" jsonb not null, "raw_reversed_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sale_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_line_deleted_at" ON "sale_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sale_line_line_item_id_unique" ON "sale_line" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_line_order_id" ON "sale_line" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_line_sold_at" ON "sale_line" ("sold_at") WHERE status = 'sold' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_line_variant_id_sold_at" ON "sale_line" ("variant_id", "sold_at") WHERE status = 'sold' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_line_product_id_order_id" ON "sale_line" ("product_id", "order_id") WHERE status = 'sold' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_line_customer_id" ON "sale_line" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_line_artist_id" ON "sale_line" ("artist_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_line_album_id" ON "sale_line" ("album_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_line_track_id" ON "sale_line" ("track_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_line_genre_id" ON "sale_line" ("genre_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_line_media_type_id" ON "sale_line" ("media_type_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_line_country_code" ON "sale_line" ("country_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_line_support_rep_id" ON "sale_line" ("support_rep_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "owned_track" cascade;`);

    this.addSql(`drop table if exists "sale_line" cascade;`);
  }

}
