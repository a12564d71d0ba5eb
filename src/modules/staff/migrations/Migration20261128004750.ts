import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128004750 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "support_request" ("id" text not null, "number" serial, "customer_id" text not null, "order_id" text null, "subject" text not null, "message" text not null, "status" text check ("status" in ('open', 'pending', 'resolved')) not null default 'open', "assignee_id" text null, "last_message_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_request_assignee_id" ON "support_request" ("assignee_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_request_deleted_at" ON "support_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_request_customer_id_last_message_at" ON "support_request" ("customer_id", "last_message_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_request_status_last_message_at" ON "support_request" ("status", "last_message_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_request_order_id" ON "support_request" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_reply" ("id" text not null, "request_id" text not null, "author_type" text check ("author_type" in ('staff', 'customer')) not null, "author_id" text not null, "author_name" text null, "body" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_reply_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_reply_request_id" ON "support_reply" ("request_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_reply_deleted_at" ON "support_reply" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_reply_request_id_created_at" ON "support_reply" ("request_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "support_request" add constraint "support_request_assignee_id_foreign" foreign key ("assignee_id") references "employee" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "support_reply" add constraint "support_reply_request_id_foreign" foreign key ("request_id") references "support_request" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "support_reply" drop constraint if exists "support_reply_request_id_foreign";`);

    this.addSql(`drop table if exists "support_request" cascade;`);

    this.addSql(`drop table if exists "support_reply" cascade;`);
  }

}
