import { SeedError, type ChinookData } from "./source"

type Rule = { field: string; type: "int" | "text" | "number" | "date"; optional?: boolean; ref?: keyof ChinookData }

/** Each table's key and the fields the import relies on. */
const TABLES: { table: keyof ChinookData; key: string | [string, string]; rules: Rule[] }[] = [
  { table: "Genre", key: "GenreId", rules: [{ field: "Name", type: "text" }] },
  { table: "MediaType", key: "MediaTypeId", rules: [{ field: "Name", type: "text" }] },
  { table: "Artist", key: "ArtistId", rules: [{ field: "Name", type: "text" }] },
  { table: "Album", key: "AlbumId", rules: [{ field: "Title", type: "text" }, { field: "ArtistId", type: "int", ref: "Artist" }] },
  {
    table: "Track",
    key: "TrackId",
    rules: [
      { field: "Name", type: "text" },
      { field: "AlbumId", type: "int", ref: "Album" },
      { field: "MediaTypeId", type: "int", ref: "MediaType" },
      { field: "GenreId", type: "int", ref: "Genre", optional: true },
      { field: "Milliseconds", type: "int" },
      { field: "Bytes", type: "int", optional: true },
      { field: "UnitPrice", type: "number" },
    ],
  },
  {
    table: "Employee",
    key: "EmployeeId",
    rules: [
      { field: "FirstName", type: "text" },
      { field: "LastName", type: "text" },
      { field: "Email", type: "text" },
      { field: "ReportsTo", type: "int", ref: "Employee", optional: true },
      { field: "HireDate", type: "date", optional: true },
    ],
  },
  {
    table: "Customer",
    key: "CustomerId",
    rules: [
      { field: "FirstName", type: "text" },
      { field: "LastName", type: "text" },
      { field: "Email", type: "text" },
      { field: "Country", type: "text" },
      { field: "SupportRepId", type: "int", ref: "Employee", optional: true },
    ],
  },
  {
    table: "Invoice",
    key: "InvoiceId",
    rules: [
      { field: "CustomerId", type: "int", ref: "Customer" },
      { field: "InvoiceDate", type: "date" },
      { field: "BillingCountry", type: "text" },
      { field: "Total", type: "number" },
    ],
  },
  {
    table: "InvoiceLine",
    key: "InvoiceLineId",
    rules: [
      { field: "InvoiceId", type: "int", ref: "Invoice" },
      { field: "TrackId", type: "int", ref: "Track" },
      { field: "UnitPrice", type: "number" },
      { field: "Quantity", type: "int" },
    ],
  },
  { table: "Playlist", key: "PlaylistId", rules: [{ field: "Name", type: "text" }] },
  {
    table: "PlaylistTrack",
    key: ["PlaylistId", "TrackId"],
    rules: [
      { field: "PlaylistId", type: "int", ref: "Playlist" },
      { field: "TrackId", type: "int", ref: "Track" },
    ],
  },
]

const PRIMARY: Partial<Record<keyof ChinookData, string>> = Object.fromEntries(
  TABLES.filter((t) => typeof t.key === "string").map((t) => [t.table, t.key as string])
)

function ok(value: unknown, type: Rule["type"]) {
  switch (type) {
    case "int":
      return Number.isInteger(value) && (value as number) >= 0
    case "number":
      return typeof value === "number" && Number.isFinite(value) && value >= 0
    case "text":
      return typeof value === "string" && value.trim() !== ""
    case "date":
      return typeof value === "string" && !Number.isNaN(Date.parse(value))
  }
}

/**
 * Checks every row before anything is written, so bad data stops the import
 * with the file, the entity and the key named, and leaves nothing half-done.
 */
export function validateChinookData(file: string, data: ChinookData) {
  const fail = (entity: string, key: unknown, problem: string) => {
    throw new SeedError(`${file}: ${entity} ${JSON.stringify(key)}: ${problem}`)
  }
  const ids = new Map<keyof ChinookData, Set<unknown>>()

  for (const { table, key } of TABLES) {
    const rows = data[table] as Record<string, unknown>[] | undefined
    if (!Array.isArray(rows)) {
      throw new SeedError(`${file}: the "${table}" table is missing.`)
    }
    const seen = new Set<unknown>()
    for (const row of rows) {
      const k = Array.isArray(key) ? key.map((f) => row[f]).join("/") : row[key]
      if (!Array.isArray(key) && !ok(k, "int")) fail(table, k, `${key} must be a whole number.`)
      if (seen.has(k)) fail(table, k, "appears twice.")
      seen.add(k)
    }
    ids.set(table, seen)
  }

  for (const { table, key, rules } of TABLES) {
    for (const row of data[table] as Record<string, unknown>[]) {
      const k = Array.isArray(key) ? key.map((f) => row[f]).join("/") : row[key]
      for (const rule of rules) {
        const value = row[rule.field]
        if (value == null || value === "") {
          if (!rule.optional) fail(table, k, `${rule.field} is missing.`)
          continue
        }
        if (!ok(value, rule.type)) fail(table, k, `${rule.field} is not a valid ${rule.type} (${JSON.stringify(value)}).`)
        if (rule.ref && !ids.get(rule.ref)!.has(value)) {
          fail(table, k, `${rule.field} ${value} names no ${rule.ref} (${PRIMARY[rule.ref]}).`)
        }
      }
    }
  }

  const emails = new Map<string, unknown>()
  for (const c of data.Customer) {
    const email = String(c.Email).toLowerCase()
    if (emails.has(email)) fail("Customer", c.CustomerId, `Email ${email} is also customer ${emails.get(email)}'s.`)
    emails.set(email, c.CustomerId)
  }
}
