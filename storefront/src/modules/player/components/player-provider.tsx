"use client"

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react"
import { streamUrlIfOwned } from "@lib/data/library-actions"
import type { PlayableTrack } from "@/types/music"
import MiniPlayer from "./mini-player"
import {
  PlayerControlsContext,
  PlayerStateContext,
  previewUrl,
  type PlayerControls,
  type PlayerState,
} from "./player-context"

const EMPTY: PlayerState = { queue: [], index: 0, playing: false, currentTime: 0, duration: 0, error: null, full: false }

/**
 * One <audio> element for the whole store, kept across page changes (it
 * lives in the root layout), and the mini player that drives it. Any track
 * list starts it through `playFrom`. A signed-in customer hears the full
 * recording of what they own (a signed stream URL, asked for on each play
 * since it expires); everyone else the 30-second demo clip.
 */
export default function PlayerProvider({ children, signedIn = false }: { children: ReactNode; signedIn?: boolean }) {
  const audioRef = useRef<HTMLAudioElement>(null)
  const [state, setState] = useState<PlayerState>(EMPTY)
  const stateRef = useRef(state)
  stateRef.current = state
  // Each load's number: an answer that arrives after a newer load is dropped.
  const loads = useRef(0)

  const load = useCallback(
    async (queue: PlayableTrack[], index: number) => {
      const audio = audioRef.current
      const track = queue[index]
      if (!audio || !track) return
      const n = ++loads.current
      setState({ queue, index, playing: false, currentTime: 0, duration: 0, error: null, full: false })
      const stream = signedIn ? await streamUrlIfOwned(track.id).catch(() => null) : null
      if (n !== loads.current) return
      if (stream) setState((s) => ({ ...s, full: true }))
      audio.src = stream ?? previewUrl(track.id)
      audio.currentTime = 0
      audio.play().catch((e: unknown) => {
        // A newer load interrupts this one: not an error worth showing.
        if (e instanceof DOMException && e.name === "AbortError") return
        setState((s) => ({ ...s, playing: false, error: "This track can't be played right now." }))
      })
    },
    [signedIn]
  )

  const controls = useMemo<PlayerControls>(
    () => ({
      playFrom(queue, index) {
        const s = stateRef.current
        const audio = audioRef.current
        if (audio && s.queue[s.index]?.id === queue[index]?.id && !s.error) {
          if (audio.paused) void audio.play().catch(() => {})
          else audio.pause()
          // The same track from another list: that list becomes the queue.
          if (s.queue !== queue) setState((st) => ({ ...st, queue, index }))
          return
        }
        void load(queue, index)
      },
      toggle() {
        const audio = audioRef.current
        const s = stateRef.current
        if (!audio || !s.queue.length) return
        if (s.error) return void load(s.queue, s.index)
        if (audio.paused) void audio.play().catch(() => {})
        else audio.pause()
      },
      next() {
        const s = stateRef.current
        if (s.index + 1 < s.queue.length) void load(s.queue, s.index + 1)
      },
      previous() {
        const s = stateRef.current
        const audio = audioRef.current
        // As on most players: back to the start unless the clip has just begun.
        if (audio && audio.currentTime > 3) audio.currentTime = 0
        else if (s.index > 0) void load(s.queue, s.index - 1)
        else if (audio) audio.currentTime = 0
      },
      seek(seconds) {
        const audio = audioRef.current
        if (audio && Number.isFinite(seconds)) audio.currentTime = seconds
      },
      close() {
        const audio = audioRef.current
        if (audio) {
          audio.pause()
          audio.removeAttribute("src")
          audio.load()
        }
        setState(EMPTY)
        // The player and its buttons are gone: put the focus somewhere sensible.
        document.getElementById("main")?.focus()
      },
    }),
    [load]
  )

  // The system's media controls (lock screen, keyboard media keys) show and drive the clip too.
  const track = state.queue[state.index]
  useEffect(() => {
    if (typeof navigator === "undefined" || !("mediaSession" in navigator)) return
    const session = navigator.mediaSession
    session.metadata = track
      ? new MediaMetadata({
          title: state.full ? track.title : `${track.title} (demo clip)`,
          artist: track.artist.name,
          album: track.album.title,
          artwork: track.album.coverUrl ? [{ src: track.album.coverUrl }] : [],
        })
      : null
    const handlers: [MediaSessionAction, MediaSessionActionHandler | null][] = [
      ["play", track ? () => void audioRef.current?.play().catch(() => {}) : null],
      ["pause", track ? () => audioRef.current?.pause() : null],
      ["nexttrack", track ? controls.next : null],
      ["previoustrack", track ? controls.previous : null],
    ]
    for (const [action, handler] of handlers) {
      try {
        session.setActionHandler(action, handler)
      } catch {
        // An action this browser does not support.
      }
    }
  }, [track, controls, state.full])

  return (
    <PlayerControlsContext.Provider value={controls}>
      <PlayerStateContext.Provider value={state}>
        {children}
        <audio
          ref={audioRef}
          preload="none"
          data-testid="preview-audio"
          onPlay={() => setState((s) => ({ ...s, playing: true, error: null }))}
          onPause={() => setState((s) => ({ ...s, playing: false }))}
          onTimeUpdate={(e) => {
            const t = e.currentTarget.currentTime
            setState((s) => (Math.abs(s.currentTime - t) >= 0.25 ? { ...s, currentTime: t } : s))
          }}
          onLoadedMetadata={(e) => {
            const d = e.currentTarget.duration
            setState((s) => ({ ...s, duration: Number.isFinite(d) ? d : 0 }))
          }}
          onSeeked={(e) => {
            const t = e.currentTarget.currentTime
            setState((s) => ({ ...s, currentTime: t }))
          }}
          onEnded={() => {
            const s = stateRef.current
            if (s.index + 1 < s.queue.length) void load(s.queue, s.index + 1)
            else setState((st) => ({ ...st, playing: false, currentTime: st.duration }))
          }}
          onError={(e) => {
            // Emptied by close(): no source, nothing to report.
            if (!e.currentTarget.getAttribute("src")) return
            setState((s) => ({ ...s, playing: false, error: "This track can't be played right now." }))
          }}
        />
        <MiniPlayer />
      </PlayerStateContext.Provider>
    </PlayerControlsContext.Provider>
  )
}
