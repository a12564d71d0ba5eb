import Skeleton from "@modules/common/components/skeleton"
import gridStyles from "@modules/albums/components/album-grid.module.css"

export default function Loading() {
  return (
    <div className="container" role="status" aria-live="polite">
      <span className="visually-hidden">Loading the charts…</span>
      <Skeleton style={{ height: "2.75rem", width: "14rem", margin: "2.5rem 0 1rem" }} />
      <Skeleton style={{ height: "2.5rem", width: "min(24rem, 90%)", marginBottom: "2.5rem" }} />
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
