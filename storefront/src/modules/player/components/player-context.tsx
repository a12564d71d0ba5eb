"use client"

import { createContext, useContext } from "react"
import type { PlayableTrack } from "@/types/music"

export type PlayerState = {
  queue: PlayableTrack[]
  index: number
  playing: boolean
  /** Seconds into the current clip, and its length (0 until known). */
  currentTime: number
  duration: number
  /** Set when the clip could not be loaded. */
  error: string | null
  /** The full recording (the customer owns it), not the 30-second demo clip. */
  full: boolean
}

export type PlayerControls = {
  /** Starts `queue[index]`, or toggles it when it is already the current track. */
  playFrom: (queue: PlayableTrack[], index: number) => void
  toggle: () => void
  next: () => void
  previous: () => void
  seek: (seconds: number) => void
  close: () => void
}

export const PlayerStateContext = createContext<PlayerState | null>(null)
export const PlayerControlsContext = createContext<PlayerControls | null>(null)

export function usePlayerState(): PlayerState {
  const ctx = useContext(PlayerStateContext)
  if (!ctx) throw new Error("usePlayerState outside <PlayerProvider>")
  return ctx
}

export function usePlayerControls(): PlayerControls {
  const ctx = useContext(PlayerControlsContext)
  if (!ctx) throw new Error("usePlayerControls outside <PlayerProvider>")
  return ctx
}

/** The track the player has loaded, or null. */
export function currentTrack(state: PlayerState): PlayableTrack | null {
  return state.queue[state.index] ?? null
}

/** Where the browser loads a track's demo clip: the storefront's proxy to the backend. */
export function previewUrl(trackId: string): string {
  return `/api/preview/${encodeURIComponent(trackId)}`
}
