import Skeleton from "@modules/common/components/skeleton"

export default function Loading() {
  return (
    <div className="container" role="status" aria-live="polite">
      <span className="visually-hidden">Searching…</span>
      <Skeleton style={{ height: "2.75rem", width: "min(24rem, 90%)", margin: "2.5rem 0 1rem" }} />
      <Skeleton style={{ height: "2.75rem", width: "min(36rem, 100%)", marginBottom: "2.5rem" }} />
      {Array.from({ length: 6 }, (_, i) => (
        <Skeleton key={i} style={{ height: "3.25rem", marginBottom: "0.5rem" }} />
      ))}
    </div>
  )
}
