/** Counted progress lines with elapsed time, and the closing summary table. */
export type EntityResult = { entity: string; created: number; unchanged: number; seconds: number }

export class Progress {
  private started = Date.now()
  readonly results: EntityResult[] = []

  constructor(private log: (m: string) => void) {}

  elapsed(since = this.started) {
    return ((Date.now() - since) / 1000).toFixed(1)
  }

  async entity(entity: string, run: (tick: (done: number, total: number) => void) => Promise<{ created: number; unchanged: number }>) {
    const t0 = Date.now()
    const tick = (done: number, total: number) =>
      this.log(`  ${entity}: ${done}/${total} (${this.elapsed(t0)} s)`)
    const { created, unchanged } = await run(tick)
    const seconds = (Date.now() - t0) / 1000
    this.results.push({ entity, created, unchanged, seconds })
    this.log(`${entity}: ${created} created, ${unchanged} unchanged (${seconds.toFixed(1)} s)`)
  }

  summary() {
    const rows = this.results.map((r) => [r.entity, String(r.created), String(r.unchanged), r.seconds.toFixed(1)])
    const head = ["entity", "created", "unchanged", "seconds"]
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
    const line = (cells: string[]) =>
      cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ")
    return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line), `total ${this.elapsed()} s`].join("\n")
  }
}
