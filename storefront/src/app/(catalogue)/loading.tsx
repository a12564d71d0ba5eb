import Skeleton from "@modules/common/components/skeleton"
import gridStyles from "@modules/albums/components/album-grid.module.css"

// Also the prefetch boundary: links to the catalogue prefetch this shell,
// not the albums. It sits in the (catalogue) group so that album pages stay
// unwrapped: their notFound() must still answer with HTTP 404.
export default function Loading() {
  return (
    <div className="container" role="status" aria-live="polite">
      <span className="visually-hidden">Loading albums…</span>
      <Skeleton style={{ height: "2.75rem", width: "12rem", margin: "2.5rem 0 1rem" }} />
      <Skeleton style={{ height: "1.25rem", width: "min(32rem, 90%)", marginBottom: "2.5rem" }} />
      <ul className={gridStyles.grid}>
        {Array.from({ length: 8 }, (_, i) => (
          <li key={i}>
            <Skeleton style={{ aspectRatio: "3 / 4" }} />
          </li>
        ))}
      </ul>
    </div>
  )
}
