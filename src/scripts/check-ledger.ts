import type { ExecArgs } from "@medusajs/framework/types"
import { checkLedgerDrift } from "../workflows/ownership/utils/ledger-drift"

/**
 * `npm run check:ledger`: compares the sales ledger with Medusa's orders and
 * prints every order that drifts; exits 1 when any does.
 */
export default async function checkLedger({ container }: ExecArgs) {
  const r = await checkLedgerDrift(container)
  console.log(`Orders of music checked: ${r.orders_checked}`)
  console.log(`Medusa order totals (net of refunds, canceled as 0): ${r.medusa_total.toFixed(2)}`)
  console.log(`Ledger: sold ${r.ledger_gross.toFixed(2)}, kept ${r.ledger_total.toFixed(2)}`)
  if (!r.drifts.length) {
    console.log("No drift.")
    return
  }
  console.log(`\n${r.drifts.length} order(s) drift:`)
  for (const d of r.drifts.slice(0, 200)) {
    console.log(`  order ${d.display_id ?? "?"} (${d.order_id}, ${d.status}): Medusa ${d.medusa.toFixed(2)}, ledger ${d.ledger.toFixed(2)} over ${d.lines} line(s)`)
  }
  if (r.drifts.length > 200) console.log(`  … and ${r.drifts.length - 200} more`)
  process.exitCode = 1
}
