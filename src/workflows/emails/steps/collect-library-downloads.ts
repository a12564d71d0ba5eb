import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { libraryPage } from "../../../api/store/customers/library/library-page"
import { emailedAlbumDownload } from "../../../lib/downloads/emailed-urls"

export type LibraryDownloads = {
  to: string
  customer_name: string | null
  albums: { album_id: string; title: string; artist: string; tracks: string[]; url: string }[]
  track_count: number
  expires_at: string
}

// Pages of the library read at once; a library of thousands of albums is read in a few.
const PAGE = 50

/**
 * Everything the customer owns now, album by album, each with a fresh signed
 * link to the ZIP of their tracks of it. Refuses (400) a customer with no
 * email or an empty library: there would be nothing to send.
 */
export const collectLibraryDownloadsStep = createStep(
  "collect-library-downloads",
  async (input: { customer_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [customer],
    } = await query.graph({ entity: "customer", fields: ["id", "email", "first_name", "last_name"], filters: { id: input.customer_id } })
    if (!customer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${input.customer_id} was not found`)
    }
    if (!customer.email) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This customer has no email address to send the links to.")
    }
    const albums: LibraryDownloads["albums"] = []
    let expires_at = ""
    for (let offset = 0; ; offset += PAGE) {
      const page = await libraryPage(container, customer.id, { limit: PAGE, offset })
      for (const a of page.albums) {
        const link = emailedAlbumDownload(customer.id, a.id)
        expires_at = link.expires_at
        albums.push({ album_id: a.id, title: a.title, artist: a.artist.name, tracks: a.tracks.map((t) => t.name), url: link.url })
      }
      if (offset + PAGE >= page.count) break
    }
    if (!albums.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This customer owns no music yet: there are no download links to send.")
    }
    const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
    const result: LibraryDownloads = {
      to: customer.email,
      customer_name: name || null,
      albums,
      track_count: albums.reduce((n, a) => n + a.tracks.length, 0),
      expires_at,
    }
    return new StepResponse(result)
  }
)
