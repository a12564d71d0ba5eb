import { Input, Select } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { musicApi } from "./api"

type Props = {
  /** "artists" or "albums". */
  path: "artists" | "albums"
  value: string | undefined
  onChange: (id: string | undefined) => void
  /** The chosen record's name, shown before any search. */
  current?: { id: string; name: string } | null
  placeholder: string
  allowNone?: boolean
  id?: string
}

const NONE = "__none__"

/**
 * Picks one of many records (275 artists, 347 albums): type to search, then
 * choose among the first matches.
 */
export const RecordPicker = ({ path, value, onChange, current, placeholder, allowNone, id }: Props) => {
  const [q, setQ] = useState("")
  const { data } = useQuery({
    queryKey: ["music", path, "picker", q],
    queryFn: () => musicApi.list<string, any>(path, { q: q.trim() || undefined, limit: 20 }),
  })
  const rows: { id: string; name: string }[] = ((data as any)?.[path] ?? []).map((r: any) => ({
    id: r.id,
    name: path === "albums" ? `${r.title} — ${r.artist.name}` : r.name,
  }))
  if (current && !rows.some((r) => r.id === current.id)) rows.unshift(current)
  return (
    <div className="flex flex-col gap-y-1">
      <Input
        size="small"
        type="search"
        placeholder={`Search ${path}`}
        aria-label={`Search ${path}`}
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <Select value={value ?? NONE} onValueChange={(v) => onChange(v === NONE ? undefined : v)}>
        <Select.Trigger id={id}>
          <Select.Value placeholder={placeholder} />
        </Select.Trigger>
        <Select.Content>
          {(allowNone || !value) && <Select.Item value={NONE}>{placeholder}</Select.Item>}
          {rows.map((r) => (
            <Select.Item key={r.id} value={r.id}>
              {r.name}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}

type ChoiceProps = {
  value: string | null | undefined
  onChange: (id: string | null) => void
  options: { label: string; value: string }[]
  placeholder: string
  id?: string
}

/** One of a few records (genres, media types), or none. */
export const ChoiceSelect = ({ value, onChange, options, placeholder, id }: ChoiceProps) => (
  <Select value={value ?? NONE} onValueChange={(v) => onChange(v === NONE ? null : v)}>
    <Select.Trigger id={id}>
      <Select.Value placeholder={placeholder} />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value={NONE}>{placeholder}</Select.Item>
      {options.map((o) => (
        <Select.Item key={o.value} value={o.value}>
          {o.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)
