import { createHash } from "node:crypto"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/*
 * The store's hot statements (search above all) are large CTEs that
 * PostgreSQL takes longer to plan than to run: measured on Chinook, 1.5-9.5 ms
 * of planning for 1-2.5 ms of execution. As named prepared statements each
 * pooled connection plans them once, and PostgreSQL keeps a generic plan once
 * it costs no more than planning each time.
 */

const names = new Map<string, string>()

function nameOf(key: string, text: string): string {
  let name = names.get(text)
  if (!name) {
    // The text is part of the name: a statement changed by a new release is
    // never run under the plan of the old one.
    name = `music_${key}_${createHash("sha1").update(text).digest("hex").slice(0, 12)}`
    names.set(text, name)
  }
  return name
}

type PgConnection = { query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: any[] }> }

/** Runs `sql` (with knex's `:name` bindings) as a prepared statement named after `key`. */
export async function preparedRows<T = any>(knex: Knex, key: string, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const { sql: text, bindings } = knex.raw(sql, params as any).toSQL().toNative()
  const client = (knex as any).client
  // Inside a transaction knex hands out its own connection: use it as it is.
  if (!client?.acquireConnection || (knex as any).isTransaction) {
    return (await knex.raw(sql, params as any)).rows
  }
  const connection: PgConnection = await client.acquireConnection()
  try {
    const { rows } = await connection.query({ name: nameOf(key, text), text, values: bindings as unknown[] })
    return rows
  } finally {
    await client.releaseConnection(connection)
  }
}
