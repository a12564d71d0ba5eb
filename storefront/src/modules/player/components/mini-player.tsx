"use client"

import Link from "next/link"
import { formatDuration, spokenDuration } from "@lib/util/duration"
import { currentTrack, usePlayerControls, usePlayerState } from "./player-context"
import { CloseIcon, NextIcon, PauseIcon, PlayIcon, PreviousIcon } from "./icons"
import styles from "./mini-player.module.css"

/**
 * The bar at the bottom of every page while a demo clip is loaded: what is
 * playing, play/pause, previous/next in the list it came from, and the
 * position as a slider. A live region says what starts playing.
 */
export default function MiniPlayer() {
  const state = usePlayerState()
  const controls = usePlayerControls()
  const track = currentTrack(state)
  const { playing, currentTime, duration, error, queue, index, full } = state
  // Until the file says how long it is: the clip's 30 s, or the track's own length.
  // A clip cut from the uploaded master is the recording itself; other clips are generated demos.
  const excerpt = track?.preview === "excerpt"
  const length = duration || (full && track ? track.durationMs / 1000 : 30)

  const announcement = track
    ? error
      ? `${error} ${track.title}.`
      : playing
        ? `Now playing: ${track.title} by ${track.artist.name}. ${full ? "Full track." : excerpt ? "30-second excerpt of the recording." : "Demo clip, not the recording."}`
        : `Paused: ${track.title}.`
    : ""

  return (
    <>
      {/* Always in the page, so screen readers hear each change. */}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {track && (
        <>
          <div className={styles.spacer} aria-hidden="true" />
          <section className={styles.player} aria-label={full ? "Player" : "Preview player"}>
            <div className={`container ${styles.inner}`}>
              <div className={styles.now}>
                {track.album.coverUrl ? (
                  // eslint-disable-next-line @next/next/no-img-element -- covers come from the backend's file storage
                  <img className={styles.cover} src={track.album.coverUrl} alt="" width={48} height={48} />
                ) : (
                  <div className={styles.cover} aria-hidden="true" />
                )}
                <div className={styles.text}>
                  <p className={styles.title}>
                    <Link href={`/albums/${encodeURIComponent(track.album.handle)}`} prefetch={false}>
                      {track.title}
                    </Link>
                  </p>
                  <p className={styles.meta}>
                    {full ? (
                      <span className={styles.badge} title="You own this track: the whole recording plays">
                        Full track
                      </span>
                    ) : excerpt ? (
                      <span className={styles.badge} title="30 seconds of the recording; buy the track to hear all of it">
                        Excerpt
                      </span>
                    ) : (
                      <span className={styles.badge} title="A generated 30-second demo, not the recording; buy the track to hear it">
                        Demo clip
                      </span>
                    )}
                    <span className={styles.artist}>{track.artist.name}</span>
                  </p>
                </div>
              </div>

              <div className={styles.controls}>
                <button
                  type="button"
                  className={styles.iconButton}
                  onClick={controls.previous}
                  aria-label="Previous track"
                  disabled={index === 0 && currentTime < 0.5}
                >
                  <PreviousIcon />
                </button>
                <button
                  type="button"
                  className={styles.playButton}
                  onClick={controls.toggle}
                  aria-label={full ? "Play" : "Play demo clip"}
                  aria-pressed={playing}
                >
                  {playing ? <PauseIcon size={22} /> : <PlayIcon size={22} />}
                </button>
                <button
                  type="button"
                  className={styles.iconButton}
                  onClick={controls.next}
                  aria-label="Next track"
                  disabled={index + 1 >= queue.length}
                >
                  <NextIcon />
                </button>
              </div>

              <div className={styles.progress}>
                <span className={styles.time} aria-hidden="true">
                  {formatDuration(currentTime * 1000)}
                </span>
                <input
                  type="range"
                  className={styles.slider}
                  min={0}
                  max={length}
                  step={1}
                  value={Math.min(currentTime, length)}
                  onChange={(e) => controls.seek(Number(e.currentTarget.value))}
                  aria-label={full ? "Position in the track" : "Position in the demo clip"}
                  aria-valuetext={`${spokenDuration(currentTime * 1000)} of ${spokenDuration(length * 1000)}`}
                  disabled={!duration}
                  style={{ ["--fill" as string]: `${duration ? (currentTime / duration) * 100 : 0}%` }}
                />
                <span className={styles.time} aria-hidden="true">
                  {formatDuration(length * 1000)}
                </span>
              </div>

              <button type="button" className={`${styles.iconButton} ${styles.close}`} onClick={controls.close} aria-label="Close the player">
                <CloseIcon size={18} />
              </button>
              {error && (
                <p className={styles.error} role="alert">
                  {error}
                </p>
              )}
            </div>
          </section>
        </>
      )}
    </>
  )
}
