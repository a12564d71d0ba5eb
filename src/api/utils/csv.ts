/*
 * CSV as RFC 4180 has it (CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break, quotes doubled), for spreadsheets: a
 * UTF-8 byte order mark so that Excel reads "Antônio" right, and text that
 * a spreadsheet would run as a formula (=, +, -, @, tab or CR first) starts
 * with an apostrophe instead (OWASP's advice on CSV injection). Numbers are
 * written as they are.
 */
export type CsvCell = string | number | null | undefined

const FORMULA_START = /^[=+\-@\t\r]/

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return ""
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : ""
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  return "\uFEFF" + [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n"
}
