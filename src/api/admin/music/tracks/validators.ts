import { z } from "@medusajs/framework/zod"

const MASTER_EXTENSIONS = /\.(mp3|m4a|aac|flac|wav|ogg|opus|mp4|m4v)$/i

export const AdminPutTrackMasterQuery = z.object({
  filename: z
    .string()
    .min(5)
    .max(200)
    .refine((v) => !/[\\/\x00-\x1f]/.test(v), { message: "filename: a plain file name, without folders" })
    .refine((v) => MASTER_EXTENSIONS.test(v), { message: "filename: an audio file (.mp3, .m4a, .aac, .flac, .wav, .ogg, .opus) or .mp4/.m4v" }),
})
export type AdminPutTrackMasterQueryType = z.infer<typeof AdminPutTrackMasterQuery>
