import AlbumGridSkeleton from "@modules/albums/components/album-grid-skeleton"
import PageSkeleton from "@modules/common/components/page-skeleton"

// Also the prefetch boundary: links to the catalogue prefetch this shell,
// not the albums. It sits in the (catalogue) group so that album pages stay
// unwrapped: their notFound() must still answer with HTTP 404.
export default function Loading() {
  return (
    <PageSkeleton label="Loading albums…" titleWidth="12rem" lead={{ height: "1.25rem", width: "min(32rem, 90%)" }}>
      <AlbumGridSkeleton />
    </PageSkeleton>
  )
}
