import type { ExecArgs } from "@medusajs/framework/types"
import { OWNERSHIP_MODULE } from "../modules/ownership"
import type OwnershipModuleService from "../modules/ownership/service"
import { checkLedgerDrift } from "../workflows/ownership/utils/ledger-drift"

/**
 * `npm run check:ledger`: compares the sales ledger with Medusa's orders and
 * prints every order that drifts, then the reports' monthly and yearly sums
 * with the ledger (`--rebuild-rollup`, or CHECK_LEDGER_REBUILD=1, recomputes
 * them when they differ); exits 1 on any drift.
 */
export default async function checkLedger({ container, args }: ExecArgs) {
  const ownership: OwnershipModuleService = container.resolve(OWNERSHIP_MODULE)
  const rollup = await ownership.listSalesRollupDrift()
  if (rollup.length) {
    console.log(`The reports' sums differ from the ledger in ${rollup.length}${rollup.length === 100 ? "+" : ""} row(s), e.g. ${rollup.slice(0, 3).map((r) => `${r.period} ${new Date(r.starts_on).toISOString().slice(0, 10)} ${r.dimension} "${r.group_key}"`).join(", ")}`)
    if ((args ?? []).includes("--rebuild-rollup") || process.env.CHECK_LEDGER_REBUILD === "1") {
      await ownership.rebuildSalesRollup()
      console.log("Rebuilt them from the ledger.")
    } else {
      console.log("Run `npm run check:ledger -- --rebuild-rollup` to rebuild them from the ledger.")
      process.exitCode = 1
    }
  } else {
    console.log("Reports' monthly and yearly sums: equal to the ledger.")
  }

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
