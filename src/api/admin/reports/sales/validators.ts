import { z } from "@medusajs/framework/zod"
import { SALES_GROUPINGS } from "../../../../modules/ownership/ledger/sales-report"

/** The most groups one request returns; more come with `offset`. */
export const SALES_REPORT_MAX_LIMIT = 1000

/**
 * A calendar day, YYYY-MM-DD, that exists (no 2023-02-30). Days are UTC
 * days, as the ledger's months and years are UTC months and years.
 */
const day = (field: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${field}: must be a date as YYYY-MM-DD` })
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`)
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
    }, { message: `${field}: is not a day of the calendar` })

export const AdminGetSalesReportParams = z
  .object({
    group_by: z.enum(SALES_GROUPINGS),
    /** First day counted (inclusive). */
    from: day("from").optional(),
    /** Last day counted (inclusive): from=2023-01-01&to=2023-01-31 is January. */
    to: day("to").optional(),
    limit: z.coerce.number().int().min(1).max(SALES_REPORT_MAX_LIMIT).default(100),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    format: z.enum(["json", "csv"]).default("json"),
    /** The ledger of one currency (the store's default when not given). */
    currency_code: z
      .string()
      .regex(/^[a-zA-Z]{3}$/, { message: "currency_code: must be a three-letter ISO 4217 code" })
      .transform((c) => c.toLowerCase())
      .optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "to: must be the same day as from or later", path: ["to"] })

export type AdminGetSalesReportParamsType = z.infer<typeof AdminGetSalesReportParams>
