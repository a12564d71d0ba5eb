// Search queries for bench:search: a generated set of distinct queries
// derived from the catalogue's own names (typos, names typed without
// accents, half-typed names, names as typed in lower case), deterministic for
// a seed; and the quality score of a route on the labelled queries of
// bench/search-labels.json.
import { query } from "./database.mjs"

/** mulberry32: a small seeded PRNG, so a seed gives the same queries on every machine. */
export function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const stripAccents = (s) => s.normalize("NFD").replace(/\p{M}/gu, "")
const LETTERS = "abcdefghijklmnopqrstuvwxyz"

/** What a customer types for a long name: its first few words. */
function typedName(name, random) {
  const words = name.trim().split(/\s+/)
  const n = words.length <= 4 ? words.length : 2 + Math.floor(random() * 3)
  return words.slice(0, n).join(" ").slice(0, 60).toLowerCase()
}

/** One typing mistake in a word of 4 letters or more: a letter dropped, doubled, swapped with the next, or replaced. */
function typo(text, random) {
  const words = text.split(" ")
  const candidates = words.map((w, i) => [w, i]).filter(([w]) => /^\p{L}{4,}$/u.test(w))
  if (!candidates.length) return null
  const [w, wi] = candidates[Math.floor(random() * candidates.length)]
  // Not the first letter: people rarely get that wrong, and every engine
  // leans on it.
  const i = 1 + Math.floor(random() * (w.length - 1))
  let out
  switch (Math.floor(random() * 4)) {
    case 0:
      out = w.slice(0, i) + w.slice(i + 1)
      break
    case 1:
      out = w.slice(0, i) + w[i] + w.slice(i)
      break
    case 2:
      out = i < w.length - 1 ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w.slice(0, i) + w.slice(i + 1)
      break
    default:
      out = w.slice(0, i) + LETTERS[Math.floor(random() * LETTERS.length)] + w.slice(i + 1)
  }
  if (out === w) return null
  words[wi] = out
  return words.join(" ")
}

/** Half-typed: cut after at least 3 characters, before the end, at a letter. */
function prefix(text, random) {
  if (text.length < 5) return null
  const cut = 3 + Math.floor(random() * (text.length - 3))
  const out = text.slice(0, cut).trimEnd()
  return out.length >= 3 && out !== text ? out : null
}

export const VARIANTS = ["exact", "typo", "accents", "prefix"]

/**
 * `count` distinct queries from the names of artists, albums and tracks
 * (sampled in a seeded order), each a variant of one name. Stops early if
 * the catalogue cannot give that many.
 */
export async function generateQueries(url, { count, seed }) {
  const sample = (table, column, n) =>
    query(
      url,
      `select ${column} as name from "${table}" where deleted_at is null order by md5(id || $1) limit $2`,
      [String(seed), n]
    ).then((rows) => rows.map((r) => r.name).filter(Boolean))
  const pools = {
    artist: await sample("artist", "name", count),
    album: await sample("album", "title", count),
    track: await sample("track", "name", count),
  }
  const random = rng(seed)
  const kinds = [
    ["artist", 0.3],
    ["album", 0.3],
    ["track", 0.4],
  ]
  const pickKind = () => {
    let r = random()
    for (const [k, w] of kinds) if ((r -= w) < 0) return k
    return "track"
  }
  const seen = new Set()
  const out = []
  const variants = []
  const byVariant = Object.fromEntries(VARIANTS.map((v) => [v, 0]))
  for (let attempts = 0; out.length < count && attempts < count * 30; attempts++) {
    const kind = pickKind()
    const pool = pools[kind]
    if (!pool.length) continue
    const name = pool[Math.floor(random() * pool.length)]
    const typed = typedName(name, random)
    const r = random()
    let variant = r < 0.25 ? "exact" : r < 0.6 ? "typo" : r < 0.75 ? "accents" : "prefix"
    let q
    if (variant === "exact") q = typed
    else if (variant === "typo") q = typo(typed, random)
    else if (variant === "accents") {
      q = stripAccents(typed)
      // A name without accents: a typo of it instead.
      if (q === typed) {
        variant = "typo"
        q = typo(typed, random)
      }
    } else q = prefix(typed, random)
    q = q?.replace(/\s+/g, " ").trim()
    if (!q || q.length < 2 || seen.has(q)) continue
    seen.add(q)
    out.push(q)
    variants.push(variant)
    byVariant[variant]++
  }
  return { queries: out, variants, byVariant }
}

const norm = (s) => String(s ?? "").normalize("NFC").trim().toLowerCase()

/**
 * The top hits of one kind ("artist", "album", "track") in a route's answer,
 * as { name, composer }. Routes: "ours" (/store/music/search), "module"
 * (POST /store/search, one query per index in INDEX order), "products"
 * (/store/products: albums are products, an artist is a product's subtitle,
 * a track one of its variants).
 */
export function topHits(route, json, kind, n = 2) {
  if (!json) return []
  if (route === "ours") {
    const list = json[`${kind}s`] ?? []
    return list.slice(0, n).map((h) => ({ names: [h.name ?? h.title], composer: h.composer }))
  }
  if (route === "module") {
    const i = ["artist", "album", "track"].indexOf(kind)
    const hits = json.results?.[i]?.hits ?? []
    return hits.slice(0, n).map((h) => ({ names: [h.document?.name ?? h.document?.title], composer: h.document?.composer }))
  }
  const products = (json.products ?? []).slice(0, n)
  if (kind === "album") return products.map((p) => ({ names: [p.title] }))
  if (kind === "artist") return products.map((p) => ({ names: [p.subtitle, p.collection?.title] }))
  return products.map((p) => ({ names: (p.variants ?? []).map((v) => v.title) }))
}

/** Whether a label's expected name (or composer) is among the top 2 hits of its kind. */
export function judge(route, json, label) {
  const top = topHits(route, json, label.kind)
  if (label.composer) {
    // A word of the composer credit: "bach" is J. S. Bach, not R. Bachman.
    const word = new RegExp(`\\b${stripAccents(norm(label.composer)).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`)
    return top.some((h) => word.test(stripAccents(norm(h.composer))))
  }
  const expected = (Array.isArray(label.expect) ? label.expect : [label.expect]).map(norm)
  return top.some((h) => h.names.some((name) => expected.includes(norm(name))))
}

// What the store shows: albums published in a sales channel, their tracks,
// and artists with at least one such album.
const VISIBLE = {
  artist: `select count(*)::int as n from artist ar where ar.deleted_at is null and ar.name = any($1)
             and exists (select 1 from album al where al.artist_id = ar.id and al.deleted_at is null and al.sales_channel_ids <> '{}')`,
  album: `select count(*)::int as n from album where deleted_at is null and sales_channel_ids <> '{}' and title = any($1)`,
  track: `select count(*)::int as n from track where deleted_at is null and sales_channel_ids <> '{}' and name = any($1)`,
}

/** Labels whose expected name the store does not show (a wrong label would count against every route). */
export async function checkLabels(url, labels) {
  const missing = []
  for (const l of labels) {
    if (l.composer) {
      const [r] = await query(url, `select count(*)::int as n from track where deleted_at is null and sales_channel_ids <> '{}' and composer ilike $1`, [`%${l.composer}%`])
      if (!r.n) missing.push(l)
      continue
    }
    const [r] = await query(url, VISIBLE[l.kind], [Array.isArray(l.expect) ? l.expect : [l.expect]])
    if (!r.n) missing.push(l)
  }
  return missing
}
