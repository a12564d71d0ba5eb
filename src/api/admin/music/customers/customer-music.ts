import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OWNERSHIP_MODULE } from "../../../../modules/ownership"
import type OwnershipModuleService from "../../../../modules/ownership/service"
import { libraryPage } from "../../../store/customers/library/library-page"

/**
 * What the customer page's music widget shows: the support rep, what the
 * customer owns (counts and a page of albums), and lifetime spend from the
 * ledger, net of cancellations and refunds.
 */
export async function customerMusic(scope: MedusaContainer, id: string, page: { limit: number; offset: number }) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [customer],
  } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name", "has_account", "employee.id", "employee.first_name", "employee.last_name", "employee.title", "employee.email"],
    filters: { id },
  })
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${id} was not found`)
  const ownership: OwnershipModuleService = scope.resolve(OWNERSHIP_MODULE)
  const [owned, spend, library] = await Promise.all([
    ownership.countOwned(id),
    ownership.summarizeCustomersSpend([id]),
    libraryPage(scope, id, page),
  ])
  const rep = (customer as any).employee
  return {
    customer: { id: customer.id, email: customer.email, first_name: customer.first_name, last_name: customer.last_name, has_account: customer.has_account },
    support_rep: rep ? { id: rep.id, name: `${rep.first_name} ${rep.last_name}`, title: rep.title ?? null, email: rep.email } : null,
    owned,
    spend: spend.map(({ customer_id, ...s }) => s),
    library: {
      albums: library.albums.map((a) => ({
        id: a.id,
        title: a.title,
        artist: a.artist.name,
        thumbnail: a.thumbnail ?? a.cover_url,
        owned_track_count: a.owned_track_count,
        tracks: a.tracks.map((t) => ({ id: t.id, name: t.name, track_number: t.track_number, purchased_at: t.purchased_at, order: t.order })),
      })),
      count: library.count,
      limit: page.limit,
      offset: page.offset,
    },
  }
}
