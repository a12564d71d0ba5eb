import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261125204550 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "employee" drop constraint if exists "employee_email_unique";`);
    this.addSql(`alter table if exists "employee" drop constraint if exists "employee_chinook_id_unique";`);
    this.addSql(`create table if not exists "employee" ("id" text not null, "chinook_id" integer null, "first_name" text not null, "last_name" text not null, "title" text null, "birth_date" timestamptz null, "hire_date" timestamptz null, "address" text null, "city" text null, "state" text null, "country" text null, "postal_code" text null, "phone" text null, "fax" text null, "email" text not null, "manager_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "employee_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_employee_manager_id" ON "employee" ("manager_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_employee_deleted_at" ON "employee" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_employee_chinook_id_unique" ON "employee" ("chinook_id") WHERE chinook_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_employee_email_unique" ON "employee" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "employee" add constraint "employee_manager_id_foreign" foreign key ("manager_id") references "employee" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "employee" drop constraint if exists "employee_manager_id_foreign";`);

    this.addSql(`drop table if exists "employee" cascade;`);
  }

}
