"use client"

import { createContext, useContext, type ReactNode } from "react"
import type { PlayableTrack } from "@/types/music"

const QueueContext = createContext<PlayableTrack[] | null>(null)

/**
 * The list a track list plays from: its play buttons start the player on
 * their track and carry on down this list. The list crosses to the client
 * once, not once per button.
 */
export default function TrackQueue({ tracks, children }: { tracks: PlayableTrack[]; children: ReactNode }) {
  return <QueueContext.Provider value={tracks}>{children}</QueueContext.Provider>
}

export function useTrackQueue(): PlayableTrack[] {
  return useContext(QueueContext) ?? []
}
