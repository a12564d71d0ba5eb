import { formatMoney } from "@lib/util/money"
import type { Money } from "@/types/album"

/** A formatted price, or a dash when the region has no price for it. */
export default function Price({ money, className }: { money: Money | null; className?: string }) {
  if (!money) {
    return (
      <span className={className}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">Price unavailable</span>
      </span>
    )
  }
  return (
    <data className={className} value={`${money.amount} ${money.currencyCode.toUpperCase()}`}>
      {formatMoney(money)}
    </data>
  )
}
