import styles from "./site-footer.module.css"
import { STORE_NAME } from "./site-header"

export default function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className={`container ${styles.inner}`}>
        <p>
          <span className={styles.name}>{STORE_NAME}</span> · Digital music: whole albums or single tracks.
        </p>
        <p>Catalogue from the Chinook sample database.</p>
      </div>
    </footer>
  )
}
