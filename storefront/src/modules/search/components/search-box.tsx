"use client"

import { useRouter } from "next/navigation"
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react"
import type { SearchResults } from "@/types/music"
import styles from "./search-box.module.css"

type Option = {
  key: string
  href: string
  group: "Artists" | "Albums" | "Tracks" | "All results"
  label: string
  detail?: string
  coverUrl?: string | null
}

const DEBOUNCE_MS = 150

/** "Artist", "Album · Iron Maiden", "Track · Iron Maiden · Piece Of Mind". */
function detailOf(o: Option): string {
  const kind = o.group === "Artists" ? "Artist" : o.group === "Albums" ? "Album" : "Track"
  return o.detail ? `${kind} · ${o.detail}` : kind
}

function optionsOf(q: string, r: SearchResults | null): Option[] {
  if (!r) return []
  const out: Option[] = [
    ...r.artists.map((a) => ({ key: `artist-${a.id}`, href: `/artists/${encodeURIComponent(a.id)}`, group: "Artists" as const, label: a.name })),
    ...r.albums.map((a) => ({
      key: `album-${a.id}`,
      href: `/albums/${encodeURIComponent(a.handle)}`,
      group: "Albums" as const,
      label: a.title,
      detail: a.artist.name,
      coverUrl: a.coverUrl,
    })),
    ...r.tracks.map((t) => ({
      key: `track-${t.id}`,
      href: `/albums/${encodeURIComponent(t.album.handle)}`,
      group: "Tracks" as const,
      label: t.title,
      detail: `${t.artist.name} · ${t.album.title}`,
      coverUrl: t.album.coverUrl,
    })),
  ]
  out.push({ key: "all", href: `/search?q=${encodeURIComponent(q)}`, group: "All results", label: `All results for “${q}”` })
  return out
}

/**
 * The header's search: a combobox that suggests artists, albums and tracks
 * as the customer types (arrow keys to move, Enter to open, Escape to
 * close), and a plain GET form to /search underneath, so it works without
 * JavaScript too.
 */
export default function SearchBox() {
  const router = useRouter()
  const id = useId()
  const listId = `${id}-list`
  const inputRef = useRef<HTMLInputElement>(null)
  const [q, setQ] = useState("")
  const [results, setResults] = useState<SearchResults | null>(null)
  const [resultsFor, setResultsFor] = useState("")
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [loading, setLoading] = useState(false)
  const [failed, setFailed] = useState(false)

  const trimmed = q.trim()
  const options = useMemo(() => (trimmed && resultsFor ? optionsOf(resultsFor, results) : []), [trimmed, resultsFor, results])
  const expanded = open && trimmed.length > 0 && (options.length > 0 || failed)
  const found = options.length - 1

  useEffect(() => {
    if (!trimmed) {
      setResults(null)
      setResultsFor("")
      setLoading(false)
      return
    }
    const ctrl = new AbortController()
    setLoading(true)
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/search?q=${encodeURIComponent(trimmed)}&limit=5`, { signal: ctrl.signal })
        if (!res.ok) throw new Error(String(res.status))
        const data = (await res.json()) as SearchResults
        setResults(data)
        setResultsFor(trimmed)
        setFailed(false)
        setActive(-1)
      } catch (e) {
        if ((e as Error).name === "AbortError") return
        setFailed(true)
        setResults(null)
        setResultsFor(trimmed)
      } finally {
        if (!ctrl.signal.aborted) setLoading(false)
      }
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      ctrl.abort()
    }
  }, [trimmed])

  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-opt-${active}`)?.scrollIntoView({ block: "nearest" })
  }, [active, id])

  function go(href: string) {
    setOpen(false)
    setActive(-1)
    inputRef.current?.blur()
    router.push(href)
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!options.length) return
      e.preventDefault()
      setOpen(true)
      const step = e.key === "ArrowDown" ? 1 : -1
      const n = options.length
      setActive((a) => (step === 1 ? (a + 1 >= n ? 0 : a + 1) : a - 1 < 0 ? n - 1 : a - 1))
    } else if (e.key === "Escape") {
      if (expanded) {
        e.preventDefault()
        setOpen(false)
        setActive(-1)
      } else if (q) {
        e.preventDefault()
        setQ("")
      }
    } else if (e.key === "Enter" && expanded && active >= 0 && options[active]) {
      e.preventDefault()
      go(options[active].href)
    }
  }

  const status = !trimmed
    ? ""
    : loading && resultsFor !== trimmed
      ? "Searching…"
      : failed
        ? "Search is unavailable right now."
        : found === 0
          ? `No suggestions for “${trimmed}”. Press Enter to search anyway.`
          : `${found} ${found === 1 ? "suggestion" : "suggestions"}. Use the up and down arrows to choose.`

  let lastGroup = ""
  return (
    <form
      role="search"
      action="/search"
      method="get"
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault()
        if (trimmed) go(`/search?q=${encodeURIComponent(trimmed)}`)
      }}
    >
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search artists, albums and tracks
      </label>
      <svg className={styles.icon} width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M10.5 3a7.5 7.5 0 0 1 5.96 12.06l4.24 4.23-1.42 1.42-4.23-4.24A7.5 7.5 0 1 1 10.5 3Zm0 2a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11Z"
        />
      </svg>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className={styles.input}
        type="search"
        name="q"
        value={q}
        placeholder="Search artists, albums, tracks"
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
        onChange={(e) => {
          setQ(e.currentTarget.value)
          setOpen(true)
          setActive(-1)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {open ? status : ""}
      </p>
      <div className={styles.popup} hidden={!expanded}>
        <ul id={listId} role="listbox" aria-label="Search suggestions" className={styles.list}>
          {failed ? (
            <li role="presentation" className={styles.message}>
              Search is unavailable right now. Press Enter to try the results page.
            </li>
          ) : (
            options.map((o, i) => {
              const header = o.group !== lastGroup && o.group !== "All results" ? o.group : null
              lastGroup = o.group
              return (
                <li key={o.key} role="presentation">
                  {header && (
                    <p className={styles.group} aria-hidden="true">
                      {header}
                    </p>
                  )}
                  <a
                    id={`${id}-opt-${i}`}
                    role="option"
                    aria-selected={i === active}
                    aria-label={o.group === "All results" ? undefined : `${o.label}, ${detailOf(o)}`}
                    href={o.href}
                    tabIndex={-1}
                    className={`${styles.option} ${o.group === "All results" ? styles.all : ""}`}
                    // Keep the focus in the input until the click lands.
                    onMouseDown={(e) => e.preventDefault()}
                    onMouseMove={() => setActive(i)}
                    onClick={(e) => {
                      e.preventDefault()
                      go(o.href)
                    }}
                  >
                    {o.group === "Albums" || o.group === "Tracks" ? (
                      o.coverUrl ? (
                        // eslint-disable-next-line @next/next/no-img-element -- covers come from the backend's file storage
                        <img className={styles.thumb} src={o.coverUrl} alt="" width={36} height={36} />
                      ) : (
                        <span className={styles.thumb} />
                      )
                    ) : o.group === "Artists" ? (
                      <span className={`${styles.thumb} ${styles.artistThumb}`} aria-hidden="true">
                        {o.label.slice(0, 1)}
                      </span>
                    ) : null}
                    <span className={styles.optionText}>
                      <span className={styles.label}>{o.label}</span>
                      {o.group !== "All results" && <span className={styles.detail}>{detailOf(o)}</span>}
                    </span>
                  </a>
                </li>
              )
            })
          )}
        </ul>
      </div>
    </form>
  )
}
