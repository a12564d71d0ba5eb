/** Counted progress lines with elapsed time, and the closing summary table. */

/** A Chinook record the import found changed by staff or customers, and so did not touch. */
export type LeftAlone = { key: string; reason: string }

/** `updated`: records that existed but were completed (a missing link, payment or playlist entry). */
export type EntityResult = { entity: string; created: number; updated: number; unchanged: number; left_alone: LeftAlone[]; seconds: number }

export type EntityCounts = { created: number; updated?: number; unchanged: number; left_alone?: LeftAlone[] }

export class Progress {
  private started = Date.now()
  readonly results: EntityResult[] = []

  constructor(private log: (m: string) => void) {}

  elapsed(since = this.started) {
    return ((Date.now() - since) / 1000).toFixed(1)
  }

  async entity(entity: string, run: (tick: (done: number, total: number) => void) => Promise<EntityCounts>) {
    const t0 = Date.now()
    const tick = (done: number, total: number) =>
      this.log(`  ${entity}: ${done}/${total} (${this.elapsed(t0)} s)`)
    const counts = await run(tick)
    this.record(entity, counts, (Date.now() - t0) / 1000)
  }

  record(entity: string, { created, updated = 0, unchanged, left_alone = [] }: EntityCounts, seconds = 0) {
    this.results.push({ entity, created, updated, unchanged, left_alone, seconds })
    const done = updated ? `, ${updated} completed` : ""
    const alone = left_alone.length ? `, ${left_alone.length} left alone` : ""
    this.log(`${entity}: ${created} created${done}, ${unchanged} unchanged${alone} (${seconds.toFixed(1)} s)`)
    for (const a of left_alone) {
      this.log(`  left alone: ${entity.replace(/s$/, "")} ${a.key}: ${a.reason}`)
    }
  }

  /** Every record left alone, as "entity key: reason" lines. */
  leftAlone() {
    return this.results.flatMap((r) => r.left_alone.map((a) => `${r.entity} ${a.key}: ${a.reason}`))
  }

  summary() {
    const rows = this.results.map((r) => [
      r.entity,
      String(r.created),
      String(r.updated),
      String(r.unchanged),
      String(r.left_alone.length),
      r.seconds.toFixed(1),
    ])
    const head = ["entity", "created", "completed", "unchanged", "left alone", "seconds"]
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
    const line = (cells: string[]) =>
      cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ")
    const alone = this.leftAlone()
    return [
      line(head),
      widths.map((w) => "-".repeat(w)).join("  "),
      ...rows.map(line),
      `total ${this.elapsed()} s`,
      ...(alone.length ? ["", "Left alone (changed by staff or customers since the last import):", ...alone.map((a) => `  ${a}`)] : []),
    ].join("\n")
  }
}
