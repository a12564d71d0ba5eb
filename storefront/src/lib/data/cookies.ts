import "server-only"
import { cookies, headers } from "next/headers"

/** The customer's Medusa token: httpOnly, so no script on the page can read it. */
const AUTH_COOKIE = "_chinook_jwt"
// Medusa's customer tokens last a day by default; the cookie never outlives them by much.
const MAX_AGE_SECONDS = 60 * 60 * 24

export async function getAuthToken(): Promise<string | null> {
  return (await cookies()).get(AUTH_COOKIE)?.value || null
}

/** The Authorization header for Store API calls made for the logged-in customer, or null. */
export async function getAuthHeaders(): Promise<{ authorization: string } | null> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : null
}

export async function setAuthToken(token: string) {
  // Secure whenever the page itself came over https (directly or through a proxy
  // that says so); plain http on localhost keeps working in development.
  const proto = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim()
  ;(await cookies()).set(AUTH_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: proto === "https",
    path: "/",
    maxAge: MAX_AGE_SECONDS,
  })
}

export async function removeAuthToken() {
  ;(await cookies()).delete(AUTH_COOKIE)
}

/**
 * The id of the visitor's cart. httpOnly like the token: only server actions
 * read it. It lasts a week; a cart that has become an order is forgotten.
 */
const CART_COOKIE = "_chinook_cart_id"
const CART_MAX_AGE_SECONDS = 60 * 60 * 24 * 7

export async function getCartId(): Promise<string | null> {
  return (await cookies()).get(CART_COOKIE)?.value || null
}

export async function setCartId(id: string) {
  const proto = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim()
  ;(await cookies()).set(CART_COOKIE, id, {
    httpOnly: true,
    sameSite: "lax",
    secure: proto === "https",
    path: "/",
    maxAge: CART_MAX_AGE_SECONDS,
  })
}

export async function removeCartId() {
  ;(await cookies()).delete(CART_COOKIE)
}
