import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/*
 * The sales reports' two read paths (ledger/sales-report.ts):
 * - sale_rollup: sold lines summed per month, quarter and year, per currency and per
 *   dimension a report groups by, filled here from the ledger as it stands
 *   (later kept in step by the ownership service's writes, ledger/rollup.ts),
 *   with a covering index that holds every column a report reads of it;
 * - a covering index of sold lines by date holding every column a report
 *   reads, so the days at either end of a range are read from the index
 *   alone (an index-only scan), never from scattered table pages.
 */
export class Migration20261128011026 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "sale_rollup" drop constraint if exists "sale_rollup_dimension_currency_code_period_starts_on_group_key_unique";`);
    this.addSql(`create table if not exists "sale_rollup" ("id" text not null, "period" text check ("period" in ('month', 'quarter', 'year')) not null, "starts_on" timestamptz not null, "currency_code" text not null, "dimension" text check ("dimension" in ('all', 'country', 'genre', 'artist', 'album', 'track', 'media_type', 'support_rep')) not null, "group_key" text not null, "revenue" numeric not null, "units" integer not null, "orders" integer not null, "raw_revenue" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sale_rollup_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_rollup_deleted_at" ON "sale_rollup" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sale_rollup_dimension_currency_code_period_starts_on_group_key_unique" ON "sale_rollup" ("dimension", "currency_code", "period", "starts_on", "group_key") WHERE deleted_at IS NULL;`);

    // Reports read a dimension's rows of a few periods from this index alone.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_rollup_report" ON "sale_rollup" ("dimension", "currency_code", "period", "starts_on") INCLUDE ("group_key", "revenue", "units", "orders") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sale_line_report_sold_at" ON "sale_line" ("sold_at") INCLUDE ("currency_code", "order_id", "quantity", "amount", "reversed_amount", "country_code", "genre_id", "artist_id", "album_id", "track_id", "media_type_id", "support_rep_id") WHERE status = 'sold' AND deleted_at IS NULL;`);

    // The ledger so far, summed (the same sums as ledger/rollup.ts, frozen here).
    this.addSql(`delete from "sale_rollup";`);
    this.addSql(`insert into "sale_rollup" (id, period, starts_on, currency_code, dimension, group_key, revenue, raw_revenue, units, orders)
      select 'srol_' || replace(gen_random_uuid()::text, '-', ''), period, starts_on, currency_code, dimension, group_key,
             revenue, jsonb_build_object('value', revenue::text, 'precision', 20), units, orders
      from (
        select p.period, p.starts_on, s.currency_code, d.dimension, d.group_key,
               sum(s.amount - s.reversed_amount) as revenue, sum(s.quantity)::int as units, count(distinct s.order_id)::int as orders
        from sale_line s
        cross join lateral (values
          ('month', date_trunc('month', s.sold_at at time zone 'UTC') at time zone 'UTC'),
          ('quarter', date_trunc('quarter', s.sold_at at time zone 'UTC') at time zone 'UTC'),
          ('year', date_trunc('year', s.sold_at at time zone 'UTC') at time zone 'UTC')
        ) as p(period, starts_on)
        cross join lateral (values ('all', ''), ('country', coalesce(s.country_code, '')), ('genre', coalesce(s.genre_id, '')),
          ('artist', coalesce(s.artist_id, '')), ('album', coalesce(s.album_id, '')), ('track', coalesce(s.track_id, '')),
          ('media_type', coalesce(s.media_type_id, '')), ('support_rep', coalesce(s.support_rep_id, ''))) as d(dimension, group_key)
        where s.status = 'sold' and s.deleted_at is null
        group by p.period, p.starts_on, s.currency_code, d.dimension, d.group_key
      ) sums;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_sale_line_report_sold_at";`);
    this.addSql(`drop table if exists "sale_rollup" cascade;`);
  }

}
