import type { Context } from "@medusajs/framework/types"
import type { EntityManager, Knex } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { OwnedTrack } from "./models/owned-track"
import { SaleLine } from "./models/sale-line"
import { SaleRollup } from "./models/sale-rollup"
import * as ledger from "./ledger/sales-queries"
import * as library from "./ledger/library-queries"
import * as people from "./ledger/people-queries"
import * as records from "./ledger/records"
import * as report from "./ledger/sales-report"
import * as rollup from "./ledger/rollup"

export type { OwnedTrackInput, SaleLineInput, ReversalUpdate, SaleLineState } from "./ledger/records"
export type { Sellers, SalesFilter, OrderLedger } from "./ledger/sales-queries"
export type { LibraryPage, LibraryTrackRow } from "./ledger/library-queries"
export type { Spend, CustomerSpend, RepSales, RepSalesByYear, OwnedCounts } from "./ledger/people-queries"
export type { SalesGrouping, SalesReport, SalesReportInput, SalesReportRow, SalesFigures } from "./ledger/sales-report"
export { SALES_GROUPINGS, TIME_GROUPINGS } from "./ledger/sales-report"

type Ctx = Context<EntityManager>

const readKnex = (ctx: Ctx) => ctx.manager!.getKnex() as unknown as Knex
const writeKnex = (ctx: Ctx) => {
  const manager = ctx.transactionManager!
  return (manager.getTransactionContext() ?? manager.getKnex()) as unknown as Knex
}

class OwnershipModuleService extends MedusaService({
  OwnedTrack,
  SaleLine,
  SaleRollup,
}) {
  /**
   * Of these tracks (all when not given), those the customer owns now:
   * granted by an order and not taken back. Each id once.
   */
  @InjectManager()
  async listOwnedTrackIds(customerId: string, trackIds?: string[], @MedusaContext() sharedContext: Ctx = {}): Promise<string[]> {
    if (!customerId || (trackIds && !trackIds.length)) return []
    const q = readKnex(sharedContext)("owned_track")
      .distinct("track_id")
      .where({ customer_id: customerId })
      .whereNull("revoked_at")
      .whereNull("deleted_at")
    if (trackIds) q.whereIn("track_id", trackIds)
    const rows: { track_id: string }[] = await q
    return rows.map((r) => r.track_id)
  }

  /**
   * Writes grants and sold lines that are not there yet (by their unique
   * keys); returns the ids of the rows this call created, for compensation.
   */
  @InjectTransactionManager()
  async recordSales(
    input: { owned: records.OwnedTrackInput[]; sales: records.SaleLineInput[] },
    @MedusaContext() sharedContext: Ctx = {}
  ) {
    return records.insertMissing(writeKnex(sharedContext), input)
  }

  /** Removes rows by id (a workflow undoing what it recorded). */
  @InjectTransactionManager()
  async removeRecorded(ids: { owned_ids: string[]; sale_ids: string[] }, @MedusaContext() sharedContext: Ctx = {}) {
    await records.removeRecorded(writeKnex(sharedContext), ids)
  }

  /** The sold lines of these orders, as reversal planning needs them. */
  @InjectManager()
  async listSaleLineStates(orderIds: string[], @MedusaContext() sharedContext: Ctx = {}) {
    return records.saleLineStates(readKnex(sharedContext), orderIds)
  }

  /**
   * Sets lines' status and reversed amount, and revokes (or restores) the
   * grants of lines that are no longer sold. Returns the state it replaced.
   */
  @InjectTransactionManager()
  async applyReversals(updates: records.ReversalUpdate[], @MedusaContext() sharedContext: Ctx = {}) {
    return records.applyReversals(writeKnex(sharedContext), updates)
  }

  /** Of these orders, those with at least one ledger row. */
  @InjectManager()
  async listRecordedOrderIds(orderIds: string[], @MedusaContext() sharedContext: Ctx = {}): Promise<string[]> {
    return ledger.recordedOrderIds(readKnex(sharedContext), orderIds)
  }

  /** Best sellers from the ledger, by variant or by product (sold lines only). */
  @InjectManager()
  async listTopSellers(by: "variant_id" | "product_id", filter: ledger.SalesFilter, @MedusaContext() sharedContext: Ctx = {}) {
    return ledger.topSellers(readKnex(sharedContext), by, filter)
  }

  /** Products sold in the same orders as this one. */
  @InjectManager()
  async listCoPurchasedProducts(productId: string, limit: number, @MedusaContext() sharedContext: Ctx = {}) {
    return ledger.coPurchasedProducts(readKnex(sharedContext), productId, limit)
  }

  /** Per order: lines, gross and net (gross less reversed) amounts. */
  @InjectManager()
  async summarizeOrders(orderIds: string[] | undefined, @MedusaContext() sharedContext: Ctx = {}) {
    return ledger.orderLedgers(readKnex(sharedContext), orderIds)
  }

  /**
   * Revenue kept, units and orders per month, year, country, genre, artist,
   * album, track, media type or support rep over a date range (sold lines
   * only), a page of groups plus the totals of all of them; keys only, the
   * caller names them.
   */
  @InjectManager()
  async reportSales(input: report.SalesReportInput, @MedusaContext() sharedContext: Ctx = {}) {
    return report.salesReport(readKnex(sharedContext), input)
  }

  /** Recomputes the monthly and yearly sums from the ledger (a repair: writes keep them in step). */
  @InjectTransactionManager()
  async rebuildSalesRollup(@MedusaContext() sharedContext: Ctx = {}) {
    await rollup.rebuild(writeKnex(sharedContext))
  }

  /** Rollup rows that differ from the ledger's own sums: none when all is well (at most 100 listed). */
  @InjectManager()
  async listSalesRollupDrift(@MedusaContext() sharedContext: Ctx = {}) {
    return rollup.drift(readKnex(sharedContext))
  }

  /** A page of the customer's owned albums (most recently bought first), with the count of all. */
  @InjectManager()
  async listLibraryAlbumIds(customerId: string, page: { limit: number; offset: number }, @MedusaContext() sharedContext: Ctx = {}) {
    return library.libraryAlbumIds(readKnex(sharedContext), customerId, page)
  }

  /** The customer's owned tracks of these albums: one row per track, its first purchase. */
  @InjectManager()
  async listLibraryTracks(customerId: string, albumIds: string[], @MedusaContext() sharedContext: Ctx = {}) {
    return library.libraryTracks(readKnex(sharedContext), customerId, albumIds)
  }

  /** Customers' lifetime spend per currency (net of cancellations and refunds, and gross). */
  @InjectManager()
  async summarizeCustomersSpend(customerIds: string[], @MedusaContext() sharedContext: Ctx = {}) {
    return people.customersSpend(readKnex(sharedContext), customerIds)
  }

  /** How many tracks (and albums) the customer owns now. */
  @InjectManager()
  async countOwned(customerId: string, @MedusaContext() sharedContext: Ctx = {}) {
    return people.ownedCounts(readKnex(sharedContext), customerId)
  }

  /** Sales per support rep (these, or all) and currency, from the rep recorded on each line. */
  @InjectManager()
  async summarizeRepSales(repIds: string[] | undefined, @MedusaContext() sharedContext: Ctx = {}) {
    return people.repSales(readKnex(sharedContext), repIds)
  }

  /** One rep's sales per year. */
  @InjectManager()
  async summarizeRepSalesByYear(repId: string, @MedusaContext() sharedContext: Ctx = {}) {
    return people.repSalesByYear(readKnex(sharedContext), repId)
  }
}

export default OwnershipModuleService
