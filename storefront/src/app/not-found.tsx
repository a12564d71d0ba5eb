import Link from "next/link"
import Notice, { noticeStyles } from "@modules/common/components/notice"

export const metadata = { title: "Not found" }

export default function NotFound() {
  return (
    <Notice
      title="We couldn't find that page"
      actions={
        <Link className={noticeStyles.button} href="/albums">
          Browse all albums
        </Link>
      }
    >
      <p>The album, artist or page you were looking for isn&apos;t in our catalogue. It may have been removed, or the link may be mistyped.</p>
    </Notice>
  )
}
