import { contentDisposition } from "../content-disposition"

/** The parameters as a client that follows RFC 6266 and RFC 8187 reads them. */
function read(header: string) {
  const plain = header.match(/; filename="([^"]*)"/)?.[1]
  const star = header.match(/; filename\*=UTF-8''([^;\s]*)/)?.[1]
  return { plain, star: star === undefined ? undefined : decodeURIComponent(star) }
}

describe("contentDisposition", () => {
  it("gives a plain ASCII name as it is, with no filename*", () => {
    const header = contentDisposition("Go Down (demo clip).wav")
    expect(header).toBe(`inline; filename="Go Down (demo clip).wav"`)
  })

  it("adds filename* in UTF-8 for a non-ASCII name, with a readable ASCII fallback", () => {
    const header = contentDisposition("Garota De Ipanema – Ao Vivo ♫ 東京.wav")
    const { plain, star } = read(header)
    expect(star).toBe("Garota De Ipanema – Ao Vivo ♫ 東京.wav")
    expect(plain).toBe("Garota De Ipanema _ Ao Vivo _ __.wav")
    expect(read(contentDisposition("Canção.wav")).plain).toBe("Cancao.wav")
    // Only attr-chars stay unencoded in filename*.
    expect(header).toMatch(/filename\*=UTF-8''[A-Za-z0-9!#$&+\-.^_`|~%]+$/)
    expect(contentDisposition("Pão (it's)*.wav")).toContain("filename*=UTF-8''P%C3%A3o%20%28it%27s%29%2A.wav")
  })

  it("never lets quotes, backslashes, control characters or %XX break or mislead the header", () => {
    const header = contentDisposition('Say "Hi"\\\r\nSet-Cookie: x=1\u0000 100% %41.wav', "attachment")
    expect(header).toMatch(/^[\x20-\x7e]+$/)
    expect(header.startsWith("attachment; ")).toBe(true)
    const { plain, star } = read(header)
    expect(plain).toBe("Say 'Hi'_Set-Cookie: x=1 100% _41.wav")
    expect(star).toBe('Say "Hi"\\Set-Cookie: x=1 100% %41.wav')
    expect(header.match(/"/g)).toHaveLength(2)
  })

  it("survives a lone surrogate and an empty name", () => {
    expect(read(contentDisposition("a\ud800b.wav")).star).toBe("a\ufffdb.wav")
    expect(contentDisposition("\r\n")).toBe(`inline; filename="download"`)
  })
})
