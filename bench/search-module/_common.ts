// Shared by the benchmark's index definitions. The loader skips files whose
// name starts with "_", so this one declares nothing itself.

/**
 * The benchmark build serves both bench:search and bench:album; only
 * bench:search wants the indexes (filling them at every start would load the
 * album benchmark's server for nothing).
 */
export function benchSearchModuleOn(): boolean {
  return process.env.BENCH_SEARCH_MODULE === "on"
}

/** The distinct sales channels of the given lists (an artist: its albums'). */
export function visibleChannels(lists: (string[] | null | undefined)[]): string[] {
  return [...new Set(lists.flatMap((l) => l ?? []))]
}
