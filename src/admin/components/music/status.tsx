import { StatusBadge } from "@medusajs/ui"

/** Whether the store shows an album or a track now, and why not. */
export const StoreStatus = ({ published, status, hidden }: { published: boolean; status?: string | null; hidden?: boolean }) => {
  if (published) return <StatusBadge color="green" className="whitespace-nowrap">In store</StatusBadge>
  if (hidden) return <StatusBadge color="orange" className="whitespace-nowrap">Hidden</StatusBadge>
  if (status === "draft") return <StatusBadge color="grey" className="whitespace-nowrap">Draft</StatusBadge>
  return <StatusBadge color="grey" className="whitespace-nowrap">Not in store</StatusBadge>
}
