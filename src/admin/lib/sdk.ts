import Medusa from "@medusajs/js-sdk"

// The admin is served by the backend itself, so relative URLs and the
// session cookie are all it needs.
export const sdk = new Medusa({
  baseUrl: "/",
  auth: { type: "session" },
})
