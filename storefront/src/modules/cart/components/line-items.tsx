import type { ReactNode } from "react"
import Link from "next/link"
import { formatMoney } from "@lib/util/money"
import styles from "./line-items.module.css"

/** What a cart or order line shows; the same for both. */
export type Line = {
  id: string
  product_title?: string | null
  product_subtitle?: string | null
  product_handle?: string | null
  variant_title?: string | null
  thumbnail?: string | null
  unit_price: number
  compare_at_unit_price?: number | null
  metadata?: Record<string, unknown> | null
}

type CompleteMyAlbum = { owned_tracks: number; album_tracks: number; amount_off: number; currency_code: string }

const FULL_ALBUM = "Full album"

function offerOf(line: Line): CompleteMyAlbum | null {
  const offer = line.metadata?.complete_my_album as CompleteMyAlbum | undefined
  return offer && typeof offer.amount_off === "number" ? offer : null
}

/**
 * A cart's or an order's lines: each a track or a whole album, with its
 * album and artist, its price, and for an album partly owned, what was taken
 * off ("complete my album"). `action` renders a control per line (remove).
 */
export default function LineItems({
  lines,
  currencyCode,
  caption,
  action,
}: {
  lines: Line[]
  currencyCode: string
  caption: string
  action?: (line: Line) => ReactNode
}) {
  const money = (amount: number) => formatMoney({ amount, currencyCode })
  return (
    <ul className={styles.lines} aria-label={caption}>
      {lines.map((line) => {
        const isAlbum = line.variant_title === FULL_ALBUM
        const offer = offerOf(line)
        const was = line.compare_at_unit_price != null && line.compare_at_unit_price > line.unit_price ? line.compare_at_unit_price : null
        return (
          <li key={line.id} className={styles.line}>
            {line.thumbnail ? (
              // eslint-disable-next-line @next/next/no-img-element -- covers come from the backend's file storage
              <img className={styles.cover} src={line.thumbnail} alt="" width={56} height={56} />
            ) : (
              <span className={styles.cover} aria-hidden="true" />
            )}
            <div className={styles.what}>
              <p className={styles.kind}>{isAlbum ? "Full album" : "Track"}</p>
              <p className={styles.title}>{isAlbum ? line.product_title : line.variant_title}</p>
              <p className={styles.meta}>
                {isAlbum ? (
                  line.product_subtitle
                ) : (
                  <>
                    from{" "}
                    {line.product_handle ? (
                      <Link href={`/albums/${encodeURIComponent(line.product_handle)}`}>{line.product_title}</Link>
                    ) : (
                      line.product_title
                    )}
                    {line.product_subtitle ? ` · ${line.product_subtitle}` : ""}
                  </>
                )}
              </p>
              {offer && (
                <p className={styles.offer}>
                  Complete my album: you already own {offer.owned_tracks} of {offer.album_tracks} tracks, so this album costs{" "}
                  {money(offer.amount_off)} less.
                </p>
              )}
            </div>
            <p className={styles.price}>
              {was != null && (
                <s className={styles.was}>
                  <span className="visually-hidden">Was </span>
                  {money(was)}
                </s>
              )}
              <span>
                {was != null && <span className="visually-hidden">now </span>}
                {money(line.unit_price)}
              </span>
            </p>
            {action && <div className={styles.action}>{action(line)}</div>}
          </li>
        )
      })}
    </ul>
  )
}

/** Subtotal, savings, tax and total of a cart or order. */
export function Totals({
  totals,
  currencyCode,
}: {
  totals: { subtotal?: number | null; discount_total?: number | null; tax_total?: number | null; total?: number | null }
  currencyCode: string
}) {
  const money = (amount: number) => formatMoney({ amount, currencyCode })
  const tax = Number(totals.tax_total ?? 0)
  const discount = Number(totals.discount_total ?? 0)
  return (
    <dl className={styles.totals}>
      <dt>Subtotal</dt>
      <dd>{money(Number(totals.subtotal ?? 0))}</dd>
      {discount > 0 && (
        <>
          <dt>Discount</dt>
          <dd>−{money(discount)}</dd>
        </>
      )}
      {tax > 0 && (
        <>
          <dt>Tax</dt>
          <dd>{money(tax)}</dd>
        </>
      )}
      <dt className={styles.total}>Total</dt>
      <dd className={styles.total}>{money(Number(totals.total ?? 0))}</dd>
    </dl>
  )
}
