import styles from "./account-form.module.css"

/**
 * The form's outcome. Both live regions are always in the page, so a screen
 * reader announces a message as soon as it appears: problems assertively,
 * confirmations politely.
 */
export default function FormMessage({ error, success }: { error?: string; success?: string }) {
  return (
    <div className={styles.messages}>
      <div role="alert" className={error ? styles.error : undefined}>
        {error}
      </div>
      <div role="status" className={success ? styles.success : undefined}>
        {success}
      </div>
    </div>
  )
}
