import { z } from "@medusajs/framework/zod"
import { queryFlag } from "../tracks/validators"

const name = (field: string) =>
  z
    .string()
    .trim()
    .min(1, { message: `${field}: must not be empty` })
    .max(300)
    .refine((v) => !/[\x00-\x1f\x7f]/.test(v), { message: `${field}: plain text, without control characters` })
    .optional()

/** The text fields sent beside the files (multipart fields are strings). */
export const AlbumFromFilesFields = z
  .object({
    artist: name("artist"),
    title: name("title"),
    unit_price: z
      .string()
      .regex(/^\d{1,6}(\.\d{1,2})?$/, { message: "unit_price: a price such as 0.99" })
      .transform(Number)
      .optional(),
  })
  .strict()
export type AlbumFromFilesFieldsType = z.infer<typeof AlbumFromFilesFields>

export const AlbumFromFilesQuery = z.object({
  // Read the files and answer the album that would be made, making nothing.
  dry_run: queryFlag,
})
export type AlbumFromFilesQueryType = z.infer<typeof AlbumFromFilesQuery>
