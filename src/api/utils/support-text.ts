import { z } from "@medusajs/framework/zod"
import { isCleanText } from "./clean-text"

/**
 * Text a person writes (a subject, a message): trimmed, between `min` and
 * `max` characters, storable (no NUL bytes). Errors name the field.
 */
export const writtenText = (field: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${field}: is required` : `${field}: must be text`) })
    .trim()
    .min(1, { error: `${field}: must not be empty` })
    .max(max, { error: `${field}: use at most ${max} characters` })
    .refine(isCleanText, { error: `${field}: must be text without NUL bytes, in valid UTF-8` })
