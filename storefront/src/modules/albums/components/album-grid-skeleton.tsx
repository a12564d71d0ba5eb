import Skeleton from "@modules/common/components/skeleton"
import gridStyles from "./album-grid.module.css"

/** The outline of album cards in the album grid, while a page of them loads. */
export default function AlbumGridSkeleton({ count = 8 }: { count?: number }) {
  return (
    <ul className={gridStyles.grid}>
      {Array.from({ length: count }, (_, i) => (
        <li key={i}>
          <Skeleton style={{ aspectRatio: "3 / 4" }} />
        </li>
      ))}
    </ul>
  )
}
