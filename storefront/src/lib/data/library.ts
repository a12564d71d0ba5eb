import "server-only"
import { getSdk } from "../sdk"
import { getAuthHeaders } from "./cookies"

// The backend's own shapes, type-only (a type import never reaches Next's bundler, which keeps to this folder).
import type { LibraryAlbum } from "../../../../src/types/store-api/library"
export type { LibraryAlbum, LibraryTrack } from "../../../../src/types/store-api/library"

export const LIBRARY_PAGE_SIZE = 20

/** A page of what the signed-in customer owns, by album, most recently bought first. */
export async function getLibrary(page: number) {
  return getSdk().client.fetch<{ albums: LibraryAlbum[]; count: number }>("/store/customers/me/library", {
    method: "GET",
    query: { limit: LIBRARY_PAGE_SIZE, offset: (page - 1) * LIBRARY_PAGE_SIZE },
    headers: (await getAuthHeaders()) ?? {},
    cache: "no-store",
  })
}

/**
 * The variants selling what the signed-in customer owns (their tracks, and
 * albums owned whole), for the "In your library" marks; none for a guest or
 * when the backend is out of reach.
 */
export async function ownedVariantIds(): Promise<string[]> {
  const auth = await getAuthHeaders()
  if (!auth) return []
  try {
    const { variant_ids } = await getSdk().client.fetch<{ variant_ids: string[] }>("/store/customers/me/library/variants", {
      method: "GET",
      headers: auth,
      cache: "no-store",
    })
    return variant_ids
  } catch {
    return []
  }
}
