import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Rejects a filter naming a record that does not exist, so a stale link or a
 * typo reads "genre_id: no genre with id …" instead of an empty shelf.
 */
export async function assertKnownIds(
  scope: MedusaContainer,
  filters: Record<string, { entity: string; id: string | undefined }>
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const checks = Object.entries(filters).filter(([, f]) => f.id)
  const found = await Promise.all(
    checks.map(([, f]) => query.graph({ entity: f.entity, fields: ["id"], filters: { id: f.id } }))
  )
  const missing = checks.find((_, i) => found[i].data.length === 0)
  if (missing) {
    const [field, { entity, id }] = missing
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: no ${entity.replace(/_/g, " ")} with id ${id}`)
  }
}
