import { z } from "@medusajs/framework/zod"

/** Paging as Medusa's own store routes take it, with limits a client cannot abuse. */
const page = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  fields: z.string().max(1000).optional(),
}

export const StoreMusicSearchText = z.string().trim().min(1).max(200)

export const StoreGetGenresParams = z.object({ ...page })
export const StoreGetGenreParams = z.object({ fields: page.fields })

export const StoreGetArtistsParams = z.object({ ...page, q: StoreMusicSearchText.optional() })
export const StoreGetArtistParams = z.object({ fields: page.fields })

export type StoreGetGenresParamsType = z.infer<typeof StoreGetGenresParams>
export type StoreGetArtistsParamsType = z.infer<typeof StoreGetArtistsParams>
