import AlbumGridSkeleton from "@modules/albums/components/album-grid-skeleton"
import PageSkeleton from "@modules/common/components/page-skeleton"

export default function Loading() {
  return (
    <PageSkeleton label="Loading the charts…" titleWidth="14rem" lead={{ height: "2.5rem", width: "min(24rem, 90%)" }}>
      <AlbumGridSkeleton />
    </PageSkeleton>
  )
}
