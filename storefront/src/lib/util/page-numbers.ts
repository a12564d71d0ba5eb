/**
 * The page numbers to link to around the current page, with null where a
 * gap is: 1 … 4 5 6 … 15.
 */
export function pageNumbers(current: number, total: number, around = 1): (number | null)[] {
  const pages = new Set<number>([1, total])
  for (let p = current - around; p <= current + around; p++) {
    if (p >= 1 && p <= total) pages.add(p)
  }
  const sorted = [...pages].sort((a, b) => a - b)
  const out: (number | null)[] = []
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1]
    if (prev !== undefined && p - prev === 2) out.push(p - 1)
    else if (prev !== undefined && p - prev > 2) out.push(null)
    out.push(p)
  })
  return out
}
