import PageSkeleton from "@modules/common/components/page-skeleton"
import Skeleton from "@modules/common/components/skeleton"

export default function Loading() {
  return (
    <PageSkeleton label="Searching…" titleWidth="min(24rem, 90%)" lead={{ height: "2.75rem", width: "min(36rem, 100%)" }}>
      {Array.from({ length: 6 }, (_, i) => (
        <Skeleton key={i} style={{ height: "3.25rem", marginBottom: "0.5rem" }} />
      ))}
    </PageSkeleton>
  )
}
