"use server"

import { redirect } from "next/navigation"
import { revalidatePath } from "next/cache"
import { getSdk } from "../sdk"
import {
  checkEmail,
  checkName,
  checkNewPassword,
  checkPhone,
  type FormState,
  password,
  problems,
  safeNext,
  text,
} from "../util/account-form"
import { customerMessage, statusOf } from "../util/auth-errors"
import { getAuthHeaders, removeAuthToken, removeCartId, setAuthToken } from "./cookies"
import { transferCart } from "./cart-transfer"

type TokenAnswer = { token?: string }

/** POST /auth/customer/emailpass: a token, or the error Medusa answered. */
async function emailpassLogin(email: string, pw: string): Promise<string> {
  const { token } = await getSdk().client.fetch<TokenAnswer>("/auth/customer/emailpass", {
    method: "POST",
    body: { email, password: pw },
  })
  if (!token) {
    // A second factor or a verification step, which this store does not set up.
    throw new Error("login needs another step")
  }
  return token
}

/** Whether a Medusa token already belongs to a customer (its actor_id). Read, not verified: the backend verifies. */
function hasCustomer(token: string): boolean {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"))
    return Boolean(payload?.actor_id)
  } catch {
    return false
  }
}

export async function login(_prev: FormState, form: FormData): Promise<FormState> {
  const typed = text(form, "email")
  const email = typed.toLowerCase()
  const pw = password(form)
  const values = { email: typed }
  const fieldErrors = problems({
    email: checkEmail(email),
    password: pw ? undefined : "Enter your password.",
  })
  if (fieldErrors) return { fieldErrors, values }

  let token: string
  try {
    token = await emailpassLogin(email, pw).catch((e) => {
      // Our accounts and the import use lower-case addresses; another client may not have.
      if (statusOf(e) === 401 && typed !== email) return emailpassLogin(typed, pw)
      throw e
    })
  } catch (e) {
    return { error: customerMessage(e, "login"), values }
  }
  if (!hasCustomer(token)) {
    // A login with no store account on it yet (a staff address, or a
    // registration that stopped half-way): registering finishes it.
    return {
      error: "This email has no store account yet. Create an account with it to start shopping.",
      values,
    }
  }
  await setAuthToken(token)
  await transferCart(token)
  revalidatePath("/", "layout")
  redirect(safeNext(text(form, "next")))
}

export async function signup(_prev: FormState, form: FormData): Promise<FormState> {
  const values = {
    first_name: text(form, "first_name"),
    last_name: text(form, "last_name"),
    email: text(form, "email").toLowerCase(),
    phone: text(form, "phone"),
  }
  const pw = password(form)
  const fieldErrors = problems({
    first_name: checkName(values.first_name, "first name"),
    last_name: checkName(values.last_name, "last name"),
    email: checkEmail(values.email),
    phone: checkPhone(values.phone),
    password: checkNewPassword(pw),
  })
  if (fieldErrors) return { fieldErrors, values }

  const sdk = getSdk()
  let registration: string
  try {
    const { token } = await sdk.client.fetch<TokenAnswer>("/auth/customer/emailpass/register", {
      method: "POST",
      body: { email: values.email, password: pw },
    })
    registration = token!
  } catch (e) {
    if (!/already exists/i.test(e instanceof Error ? e.message : "")) {
      return { error: customerMessage(e, "register"), values }
    }
    // Medusa keeps one login per address. With the right password and no
    // store account on it yet, it becomes this customer's; otherwise the
    // address is taken.
    try {
      registration = await emailpassLogin(values.email, pw)
    } catch {
      return { error: customerMessage(e, "register"), values }
    }
    if (hasCustomer(registration)) {
      return { error: customerMessage(e, "register"), values }
    }
  }

  try {
    await sdk.client.fetch("/store/customers", {
      method: "POST",
      headers: { authorization: `Bearer ${registration}` },
      body: {
        email: values.email,
        first_name: values.first_name,
        last_name: values.last_name,
        ...(values.phone ? { phone: values.phone } : {}),
      },
    })
    // The registration token names no customer; a fresh login does.
    const token = await emailpassLogin(values.email, pw)
    await setAuthToken(token)
    await transferCart(token)
  } catch (e) {
    return { error: customerMessage(e, "register"), values }
  }
  revalidatePath("/", "layout")
  redirect(safeNext(text(form, "next")))
}

export async function signout() {
  await removeAuthToken()
  // The cart was the customer's: it stays with their account, not on this browser.
  await removeCartId()
  revalidatePath("/", "layout")
  redirect("/")
}

export async function updateProfile(_prev: FormState, form: FormData): Promise<FormState> {
  const values = {
    first_name: text(form, "first_name"),
    last_name: text(form, "last_name"),
    phone: text(form, "phone"),
  }
  const fieldErrors = problems({
    first_name: checkName(values.first_name, "first name"),
    last_name: checkName(values.last_name, "last name"),
    phone: checkPhone(values.phone),
  })
  if (fieldErrors) return { fieldErrors, values }

  const auth = await getAuthHeaders()
  if (!auth) redirect("/account/login?next=/account/profile")
  try {
    await getSdk().client.fetch("/store/customers/me", {
      method: "POST",
      headers: auth,
      // An emptied phone field removes the number.
      body: { first_name: values.first_name, last_name: values.last_name, phone: values.phone || null },
    })
  } catch (e) {
    if (statusOf(e) === 401) {
      await removeAuthToken()
    }
    return { error: customerMessage(e, "profile"), values }
  }
  revalidatePath("/", "layout")
  return { success: "Your profile is saved.", values }
}

export async function requestPasswordReset(_prev: FormState, form: FormData): Promise<FormState> {
  const email = text(form, "email").toLowerCase()
  const fieldErrors = problems({ email: checkEmail(email) })
  if (fieldErrors) return { fieldErrors, values: { email } }
  try {
    // The SDK asks for the plain-text 201 Medusa answers with.
    await getSdk().auth.resetPassword("customer", "emailpass", { identifier: email })
  } catch (e) {
    return { error: customerMessage(e, "reset"), values: { email } }
  }
  // The same answer whether or not the address has an account: it cannot be probed.
  return {
    success: `If ${email} has an account, a link to choose a new password is on its way. It works once, for 15 minutes.`,
    values: { email },
  }
}

export async function resetPassword(_prev: FormState, form: FormData): Promise<FormState> {
  const token = text(form, "token")
  const email = text(form, "email").toLowerCase()
  const pw = password(form)
  const confirm = password(form, "confirm_password")
  if (!token || checkEmail(email)) {
    return { error: "This reset link is incomplete." }
  }
  const fieldErrors = problems({
    password: checkNewPassword(pw),
    confirm_password: pw && confirm !== pw ? "The two passwords are different." : confirm ? undefined : "Type the password again.",
  })
  if (fieldErrors) return { fieldErrors }

  try {
    await getSdk().auth.updateProvider("customer", "emailpass", { email, password: pw }, token)
  } catch (e) {
    return { error: customerMessage(e, "reset") }
  }
  let session: string
  try {
    session = await emailpassLogin(email, pw)
  } catch {
    // The password is changed; only the automatic sign-in failed.
    redirect("/account/login?reset=1")
  }
  if (!hasCustomer(session)) {
    redirect("/account/login?reset=1")
  }
  await setAuthToken(session)
  revalidatePath("/", "layout")
  redirect("/account?reset=1")
}
