import { z } from "@medusajs/framework/zod"
import { isCleanText } from "../../utils/clean-text"

const text = (field: string, max = 200) =>
  z
    .string()
    .trim()
    .max(max, { error: `${field}: use at most ${max} characters` })
    .refine(isCleanText, { error: `${field}: must be text without NUL bytes, in valid UTF-8` })
const required = (field: string, max = 100) => text(field, max).pipe(z.string().min(1, { error: `${field}: must not be empty` }))
// Empty text clears an optional field.
const optional = (field: string, max = 200) =>
  text(field, max)
    .nullish()
    .transform((v) => (v === "" ? null : v))
const date = (field: string) =>
  z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: `${field}: use a date such as 1973-08-29` })
    .nullish()
    .transform((v) => (v ? new Date(v.length === 10 ? `${v}T00:00:00Z` : v) : v))

const fields = {
  title: optional("title"),
  birth_date: date("birth_date"),
  hire_date: date("hire_date"),
  address: optional("address"),
  city: optional("city"),
  state: optional("state"),
  country: optional("country"),
  postal_code: optional("postal_code", 40),
  phone: optional("phone", 40),
  fax: optional("fax", 40),
  // The manager's employee id; null for the top of the hierarchy.
  reports_to: z.string().trim().min(1).max(100).nullish(),
}
const email = z.email({ error: "email: must be an email address" }).max(254).transform((e) => e.toLowerCase())

export const AdminCreateEmployee = z.object({
  first_name: required("first_name"),
  last_name: required("last_name"),
  email,
  ...fields,
})
export type AdminCreateEmployeeType = z.infer<typeof AdminCreateEmployee>

export const AdminUpdateEmployee = z
  .object({
    first_name: required("first_name").optional(),
    last_name: required("last_name").optional(),
    email: email.optional(),
    ...fields,
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { error: "body: give at least one field to change" })
export type AdminUpdateEmployeeType = z.infer<typeof AdminUpdateEmployee>

export const AdminListEmployeesParams = z.object({
  q: z.string().trim().max(200).optional(),
})
export type AdminListEmployeesParamsType = z.infer<typeof AdminListEmployeesParams>

export const AdminEmployeeCustomersParams = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
})
export type AdminEmployeeCustomersParamsType = z.infer<typeof AdminEmployeeCustomersParams>

/** reports_to is the API's name of the model's manager_id. */
export function toEmployeeData<T extends { reports_to?: string | null }>(body: T) {
  const { reports_to, ...rest } = body
  const data: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) data[k] = v
  if (reports_to !== undefined) data.manager_id = reports_to
  return data
}
