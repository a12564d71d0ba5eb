import Notice from "./notice"

/** Shown instead of the catalogue when MEDUSA_PUBLISHABLE_KEY is not set. */
export default function SetupNotice() {
  return (
    <Notice title="The store is not configured yet" role="alert">
      <p>
        The storefront needs a publishable API key to read the catalogue. Set{" "}
        <code>MEDUSA_PUBLISHABLE_KEY</code> (and <code>MEDUSA_BACKEND_URL</code> if the backend is not on{" "}
        <code>http://localhost:9000</code>) in the storefront&apos;s environment and restart it.
      </p>
      <p>
        The simplest way: run <code>npm start</code> at the repository root. It starts the backend, imports the
        catalogue and starts this storefront with the right settings.
      </p>
    </Notice>
  )
}
