import { z } from "@medusajs/framework/zod"
import { TAG_FIELDS } from "../../../../lib/audio/track-suggestions"

// What the name may say; the bytes decide the format (a misnamed file is
// stored under its real format's extension).
const MASTER_EXTENSIONS = /\.(mp3|m4a|mp4|aac|flac|wav)$/i

/** "true"/"false"/"1"/"0" in a query string. */
export const queryFlag = z
  .enum(["true", "false", "1", "0"], { message: "must be true or false" })
  .optional()
  .transform((v) => v === "true" || v === "1")

export const AdminPutTrackMasterQuery = z.object({
  filename: z
    .string()
    .min(5)
    .max(200)
    .refine((v) => !/[\\/\x00-\x1f]/.test(v), { message: "filename: a plain file name, without folders" })
    .refine((v) => MASTER_EXTENSIONS.test(v), { message: "filename: an audio file (.mp3, .flac, .m4a, .aac or .wav)" }),
  // Fill the track's name, composer, duration, number and genre from the tags too.
  apply_tags: queryFlag,
})
export type AdminPutTrackMasterQueryType = z.infer<typeof AdminPutTrackMasterQuery>

export const AdminApplyMasterTags = z.preprocess(
  (body) => body ?? {},
  z
    .object({
      fields: z.array(z.enum(TAG_FIELDS)).min(1).max(TAG_FIELDS.length).optional(),
    })
    .strict()
)
export type AdminApplyMasterTagsType = z.infer<typeof AdminApplyMasterTags>
