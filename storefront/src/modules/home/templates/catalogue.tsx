import Link from "next/link"
import AlbumGrid from "@modules/albums/components/album-grid"
import Notice, { noticeStyles } from "@modules/common/components/notice"
import Pagination from "@modules/common/components/pagination"
import type { AlbumPage } from "@/types/album"
import styles from "./catalogue.module.css"

function pageHref(page: number) {
  return page <= 1 ? "/albums" : `/albums?page=${page}`
}

/** All albums: the catalogue, a page of albums at a time, by title. */
export default function Catalogue({ data }: { data: AlbumPage }) {
  const { albums, count, page, pageSize, pageCount } = data

  if (!albums.length) {
    return count === 0 ? (
      <Notice title="No albums yet" role="status">
        <p>The catalogue is empty. Albums appear here as soon as they are published.</p>
      </Notice>
    ) : (
      <Notice
        title="There is no such page"
        actions={
          <Link className={noticeStyles.button} href="/albums">
            Back to the first page
          </Link>
        }
      >
        <p>
          The catalogue has {pageCount} {pageCount === 1 ? "page" : "pages"} of albums; page {page} is past the end.
        </p>
      </Notice>
    )
  }

  const first = (page - 1) * pageSize + 1
  const last = first + albums.length - 1

  return (
    <div className="container">
      <div className={styles.intro}>
        <h1 className={styles.heading}>Albums</h1>
        <p className={styles.lead}>
          The whole catalogue, from rock to classical. Buy a full album for less, or just the tracks you love.
        </p>
      </div>
      <p className={styles.count} aria-live="polite">
        Showing{" "}
        <strong>
          {first}–{last}
        </strong>{" "}
        of <strong>{count.toLocaleString("en-US")}</strong> albums
      </p>
      <AlbumGrid albums={albums} label={`Albums, page ${page} of ${pageCount}`} />
      <Pagination page={page} pageCount={pageCount} hrefFor={pageHref} />
    </div>
  )
}
