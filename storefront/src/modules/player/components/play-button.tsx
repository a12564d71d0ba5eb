"use client"

import { currentTrack, usePlayerControls, usePlayerState } from "./player-context"
import { PauseIcon, PlayIcon } from "./icons"
import { useTrackQueue } from "./track-queue"
import styles from "./play-button.module.css"

type Props = {
  trackId: string
  /** The track's title, for the button's name. */
  title: string
  /** In the library: the full recording, not the demo clip. */
  full?: boolean
}

/**
 * Plays (or pauses) the demo clip of one track of the surrounding
 * <TrackQueue>. A toggle button: pressed while that track plays.
 */
export default function PlayButton({ trackId, title, full = false }: Props) {
  const queue = useTrackQueue()
  const state = usePlayerState()
  const { playFrom } = usePlayerControls()
  const index = queue.findIndex((t) => t.id === trackId)
  const isCurrent = currentTrack(state)?.id === trackId
  const playing = isCurrent && state.playing

  if (index < 0) return null
  return (
    <button
      type="button"
      className={styles.row}
      data-current={isCurrent || undefined}
      aria-label={full ? `Play ${title}` : `Play demo clip of ${title}`}
      aria-pressed={playing}
      title={full ? "Play the full track" : "Play a 30-second demo clip"}
      onClick={() => playFrom(queue, index)}
    >
      {playing ? <PauseIcon size={16} /> : <PlayIcon size={16} />}
    </button>
  )
}

/**
 * Plays the whole surrounding <TrackQueue> from its first track, or pauses
 * and resumes it while one of its tracks is the current one.
 */
export function PlayAllButton({ label }: { label: string }) {
  const queue = useTrackQueue()
  const state = usePlayerState()
  const { playFrom, toggle } = usePlayerControls()
  const current = currentTrack(state)
  const inThisList = !!current && queue.some((t) => t.id === current.id)
  const playing = inThisList && state.playing

  if (!queue.length) return null
  return (
    <button
      type="button"
      className={styles.large}
      aria-pressed={playing}
      onClick={() => (inThisList ? toggle() : playFrom(queue, 0))}
    >
      {playing ? <PauseIcon size={20} /> : <PlayIcon size={20} />}
      <span>{label}</span>
    </button>
  )
}
