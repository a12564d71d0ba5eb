// encodeURIComponent throws on these; a string from JSON may hold them.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/**
 * A Content-Disposition header value (RFC 6266) for any file name: a plain
 * ASCII `filename` for old clients, plus `filename*` in UTF-8 (RFC 8187) when
 * the name is not plain ASCII. Quotes, backslashes and control characters
 * in the name can neither end the parameter nor break the header.
 */
export function contentDisposition(filename: string, type: "inline" | "attachment" = "inline"): string {
  // Control characters (C0, DEL, C1) have no place in a file name; Node
  // would refuse CR/LF in a header outright.
  const name =
    filename
      .replace(LONE_SURROGATE, "\ufffd")
      .replace(/[\x00-\x1f\x7f-\x9f]/g, "")
      .trim() || "download"
  const fallback = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/"/g, "'")
    .replace(/\\/g, "_")
    // Some clients decode %XX in the plain parameter (RFC 6266 appendix D).
    .replace(/%(?=[0-9a-f]{2})/gi, "_")
  let value = `${type}; filename="${fallback}"`
  if (fallback !== name) value += `; filename*=UTF-8''${encodeRfc8187(name)}`
  return value
}

/** Percent-encodes all but RFC 8187's attr-char. */
function encodeRfc8187(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}
