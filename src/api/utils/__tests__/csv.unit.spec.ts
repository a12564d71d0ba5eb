import { toCsv } from "../csv"

describe("toCsv", () => {
  it("quotes what needs quoting, doubles quotes, ends lines with CRLF and starts with a BOM", () => {
    const csv = toCsv(["key", "label", "revenue"], [
      ["art_1", 'Guns N\' Roses, "live"', 12.5],
      ["art_2", "Line\nbreak", 0],
      ["art_3", "Antônio Carlos Jobim", null],
    ])
    expect(csv).toBe(
      '\uFEFFkey,label,revenue\r\nart_1,"Guns N\' Roses, ""live""",12.5\r\nart_2,"Line\nbreak",0\r\nart_3,Antônio Carlos Jobim,\r\n'
    )
  })

  it("keeps text a spreadsheet would run as a formula from running, but leaves numbers alone", () => {
    const csv = toCsv(["label", "n"], [["=HYPERLINK(\"x\")", -3], ["+1", 1], ["@SUM(A1)", 2], ["-", 3]])
    expect(csv.split("\r\n").slice(1, 5)).toEqual(["\"'=HYPERLINK(\"\"x\"\")\",-3", "'+1,1", "'@SUM(A1),2", "'-,3"])
  })
})
