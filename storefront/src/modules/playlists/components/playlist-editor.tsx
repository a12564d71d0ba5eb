"use client"

import Link from "next/link"
import { useEffect, useMemo, useRef, useState, useTransition } from "react"
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core"
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable"
import { CSS } from "@dnd-kit/utilities"
import AddToCartButton from "@modules/cart/components/add-to-cart-button"
import { useOwned } from "@modules/cart/components/cart-contents"
import PlayButton, { PlayAllButton } from "@modules/player/components/play-button"
import TrackQueue from "@modules/player/components/track-queue"
import { formatDuration, spokenDuration } from "@lib/util/duration"
import type { PlayableTrack } from "@/types/music"
import { removeTrackFromPlaylist, reorderPlaylist } from "../data/actions"
import type { MyPlaylistEntry } from "../data/types"
import styles from "./playlist-editor.module.css"
import ui from "./ui.module.css"

type Props = {
  playlistId: string
  name: string
  /** The playlist's whole order: the page's rows are a slice of it from `offset`. */
  trackIds: string[]
  offset: number
  entries: MyPlaylistEntry[]
}

const titleOf = (e: MyPlaylistEntry) => (e.available ? e.title : e.title ?? "A track no longer sold")

const INSTRUCTIONS =
  "To move a track, focus its handle and press Space or Enter to pick it up, the Up and Down arrow keys to move it, " +
  "and Space or Enter again to drop it; Escape puts it back."

/**
 * The owner's playlist: play it (full tracks they own, demo clips of the
 * rest), reorder it by dragging a row's handle or with the keyboard
 * (@dnd-kit/sortable), remove tracks. Every move is saved at once as the
 * whole new order; when the playlist changed elsewhere meanwhile the move is
 * undone and the page says so.
 */
export default function PlaylistEditor({ playlistId, name, trackIds, offset, entries }: Props) {
  const [rows, setRows] = useState(entries)
  const [order, setOrder] = useState(trackIds)
  const [status, setStatus] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [, startTransition] = useTransition()

  // A fresh read from the server (after a removal, or another tab's change) replaces the rows.
  const serverKey = `${trackIds.join(",")}|${entries.map((e) => e.id).join(",")}`
  useEffect(() => {
    setRows(entries)
    setOrder(trackIds)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- serverKey sums up both
  }, [serverKey])

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates })
  )

  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows])
  const indexOf = (id: UniqueIdentifier) => rows.findIndex((r) => r.id === id)
  const place = (id: UniqueIdentifier) => `${offset + indexOf(id) + 1} of ${order.length}`
  const label = (id: UniqueIdentifier) => {
    const row = byId.get(String(id))
    return row ? titleOf(row) : "The track"
  }
  // Picking a row up puts it over its own place at once: that says nothing new, and
  // would replace "Picked up" before a screen reader reads it.
  const moved = useRef(false)
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      moved.current = false
      return `Picked up ${label(active.id)}, at position ${place(active.id)}.`
    },
    onDragOver: ({ active, over }) => {
      if (over?.id === active.id && !moved.current) return undefined
      moved.current = true
      return over ? `${label(active.id)} is over position ${place(over.id)}.` : `${label(active.id)} is not over a position.`
    },
    onDragEnd: ({ active, over }) => (over ? `${label(active.id)} dropped at position ${place(over.id)}.` : `${label(active.id)} dropped.`),
    onDragCancel: ({ active }) => `Move cancelled: ${label(active.id)} stays at position ${place(active.id)}.`,
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return
    const before = rows
    const moved = arrayMove(rows, indexOf(active.id), indexOf(over.id))
    const full = [...order.slice(0, offset), ...moved.map((r) => r.id), ...order.slice(offset + rows.length)]
    setRows(moved)
    setError(null)
    setStatus("Saving the new order…")
    startTransition(async () => {
      const res = await reorderPlaylist(playlistId, full)
      if (res.ok) {
        setOrder(res.data)
        setStatus("Saved the new order.")
      } else {
        setRows(before)
        setStatus(null)
        setError(
          res.status === 409 ? "This playlist changed in another window, so the move was undone. Reload the page and try again." : res.error
        )
      }
    })
  }

  function remove(row: MyPlaylistEntry) {
    setError(null)
    startTransition(async () => {
      const res = await removeTrackFromPlaylist(playlistId, row.id)
      if (res.ok) {
        setRows((rs) => rs.filter((r) => r.id !== row.id))
        setOrder(res.data)
        setStatus(`Removed ${titleOf(row)} from ${name}.`)
      } else setError(res.error)
    })
  }

  const playable: PlayableTrack[] = rows.flatMap((r) => (r.available ? [r] : []))

  return (
    <TrackQueue tracks={playable}>
      <div className={styles.bar}>
        <PlayAllButton label="Play" />
        <p className={ui.note}>Tracks you own play in full; the others play their 30-second demo clips.</p>
      </div>
      <p role="status" className={`${ui.status} ${ui.empty}`}>
        {status}
      </p>
      <p role="alert" className={`${ui.error} ${ui.empty}`}>
        {error}
      </p>
      <DndContext
        id={`playlist-${playlistId}`}
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }}
      >
        <SortableContext items={rows.map((r) => r.id)} strategy={verticalListSortingStrategy}>
          <ol className={styles.list} aria-label={`Tracks of ${name}`} start={offset + 1}>
            {rows.map((row, i) => (
              <SortableRow key={row.id} row={row} number={offset + i + 1} onRemove={() => remove(row)} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
    </TrackQueue>
  )
}

function SortableRow({ row, number, onRemove }: { row: MyPlaylistEntry; number: number; onRemove: () => void }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: row.id })
  const owned = useOwned(row.available ? row.variantId : null)
  const title = titleOf(row)
  return (
    <li
      ref={setNodeRef}
      className={styles.row}
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <button type="button" ref={setActivatorNodeRef} className={styles.handle} aria-label={`Move ${title}`} {...attributes} {...listeners}>
        <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor">
          <circle cx="9" cy="6" r="1.6" />
          <circle cx="15" cy="6" r="1.6" />
          <circle cx="9" cy="12" r="1.6" />
          <circle cx="15" cy="12" r="1.6" />
          <circle cx="9" cy="18" r="1.6" />
          <circle cx="15" cy="18" r="1.6" />
        </svg>
      </button>
      <span className={styles.number} aria-hidden="true">
        {number}
      </span>
      <span className={styles.play}>{row.available && <PlayButton trackId={row.id} title={row.title} full={owned} />}</span>
      <span className={styles.title}>
        {row.available ? (
          <>
            {row.album.coverUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- covers come from the backend's file storage
              <img className={styles.cover} src={row.album.coverUrl} alt="" width={40} height={40} loading="lazy" />
            ) : (
              <span className={styles.cover} aria-hidden="true" />
            )}
            <span className={styles.text}>
              <span className={styles.name} data-col="title">
                {row.title}
              </span>
              <span className={styles.meta}>
                <Link href={`/artists/${encodeURIComponent(row.artist.id)}`} prefetch={false}>
                  {row.artist.name}
                </Link>
                {" · "}
                <Link href={`/albums/${encodeURIComponent(row.album.handle)}`} prefetch={false}>
                  {row.album.title}
                </Link>
              </span>
            </span>
          </>
        ) : (
          <span className={styles.text}>
            <span className={styles.name} data-col="title">
              {title}
            </span>
            <span className={styles.meta}>No longer for sale</span>
          </span>
        )}
      </span>
      <span className={styles.time}>
        {row.available && (
          <>
            <span aria-hidden="true">{formatDuration(row.durationMs)}</span>
            <span className="visually-hidden">{spokenDuration(row.durationMs)}</span>
          </>
        )}
      </span>
      <span className={styles.buy}>
        {row.available && <AddToCartButton variantId={row.variantId} name={row.title} price={row.price} />}
      </span>
      <button type="button" className={ui.icon} onClick={onRemove} aria-label={`Remove ${title} from the playlist`} title="Remove">
        <span aria-hidden="true">✕</span>
      </button>
    </li>
  )
}
