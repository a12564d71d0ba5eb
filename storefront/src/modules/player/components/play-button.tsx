"use client"

import { currentTrack, usePlayerControls, usePlayerState } from "./player-context"
import { PauseIcon, PlayIcon } from "./icons"
import { useTrackQueue } from "./track-queue"
import styles from "./play-button.module.css"

type Props = {
  trackId: string
  /** The track's title, for the button's name. */
  title: string
  variant?: "row" | "large"
  /** Visible text next to the icon (large buttons). */
  label?: string
}

/**
 * Plays (or pauses) the demo clip of one track of the surrounding
 * <TrackQueue>. A toggle button: pressed while that track plays.
 */
export default function PlayButton({ trackId, title, variant = "row", label }: Props) {
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
      className={variant === "large" ? styles.large : styles.row}
      data-current={isCurrent || undefined}
      aria-label={label ? undefined : `Play demo clip of ${title}`}
      aria-pressed={playing}
      title={label ? undefined : "Play a 30-second demo clip"}
      onClick={() => playFrom(queue, index)}
    >
      {playing ? <PauseIcon size={variant === "large" ? 20 : 16} /> : <PlayIcon size={variant === "large" ? 20 : 16} />}
      {label && <span>{label}</span>}
    </button>
  )
}
