import "server-only"
import { cache } from "react"
import { getSdk } from "../sdk"
import { albumFromProduct } from "../util/album-from-product"
import type { Album, AlbumPage } from "@/types/album"
import { getRegionId } from "./regions"

export const ALBUMS_PER_PAGE = 24

// Every variant (tracks and the full album) with its price in the region.
const ALBUM_FIELDS = "id,title,subtitle,handle,thumbnail,*variants,*variants.calculated_price"

/** One page of the catalogue, ordered by title. Pages count from 1. */
export async function listAlbums(page: number): Promise<AlbumPage> {
  const regionId = await getRegionId()
  const { products, count } = await getSdk().store.product.list({
    region_id: regionId,
    fields: ALBUM_FIELDS,
    order: "title",
    limit: ALBUMS_PER_PAGE,
    offset: (page - 1) * ALBUMS_PER_PAGE,
  })
  return {
    albums: products.map(albumFromProduct),
    count,
    page,
    pageSize: ALBUMS_PER_PAGE,
    pageCount: Math.max(1, Math.ceil(count / ALBUMS_PER_PAGE)),
  }
}

/** The album sold under this product handle, or null if there is none. */
export const getAlbumByHandle = cache(async (handle: string): Promise<Album | null> => {
  const regionId = await getRegionId()
  const { products } = await getSdk().store.product.list({
    handle,
    region_id: regionId,
    fields: ALBUM_FIELDS,
    limit: 1,
  })
  return products[0] ? albumFromProduct(products[0]) : null
})
