"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getSdk } from "../sdk"
import { problems, text, type FormState } from "../util/account-form"
import { SOMETHING_WENT_WRONG, statusOf } from "../util/auth-errors"
import { checkMessage, checkSubject } from "../util/support"
import { getAuthHeaders, removeAuthToken } from "./cookies"

const PATH = "/store/customers/me/support-requests"

/** The backend names the field it refuses ("order_id: …", "Value for field 'subject' …"). */
function fieldOf(e: unknown): string | undefined {
  const message = e instanceof Error ? e.message : ""
  return ["order_id", "subject", "message", "body"].find((f) => message.startsWith(`${f}:`) || message.includes(`'${f}'`))
}

async function signedIn(next: string) {
  const auth = await getAuthHeaders()
  if (!auth) redirect(`/account/login?${new URLSearchParams({ next })}`)
  return auth
}

/** Opens a support request and goes to its page. */
export async function openSupportRequest(_prev: FormState, form: FormData): Promise<FormState> {
  const values = { subject: text(form, "subject"), message: text(form, "message"), order_id: text(form, "order_id") }
  const fieldErrors = problems({ subject: checkSubject(values.subject), message: checkMessage(values.message) })
  if (fieldErrors) return { fieldErrors, values }

  const auth = await signedIn("/account/support/new")
  let id: string
  try {
    const { support_request } = await getSdk().client.fetch<{ support_request: { id: string } }>(PATH, {
      method: "POST",
      headers: auth,
      body: { subject: values.subject, message: values.message, ...(values.order_id ? { order_id: values.order_id } : {}) },
    })
    id = support_request.id
  } catch (e) {
    const status = statusOf(e)
    if (status === 401) {
      await removeAuthToken()
      return { error: "Your session has ended. Sign in again to send your request.", values }
    }
    const field = status === 400 ? fieldOf(e) : undefined
    if (field === "order_id") return { fieldErrors: { order_id: "Choose one of your orders, or none." }, values }
    if (field === "subject") return { fieldErrors: { subject: "Check the subject: 1 to 200 characters." }, values }
    if (field === "message") return { fieldErrors: { message: "Check your message: 1 to 5000 characters." }, values }
    return { error: SOMETHING_WENT_WRONG, values }
  }
  revalidatePath("/account/support")
  redirect(`/account/support/${encodeURIComponent(id)}?sent=1`)
}

/** Adds the customer's message to a request's thread. */
export async function replyToSupportRequest(_prev: FormState, form: FormData): Promise<FormState> {
  const id = text(form, "request_id")
  const body = text(form, "body")
  const fieldErrors = problems({ body: checkMessage(body, "reply") })
  if (fieldErrors) return { fieldErrors, values: { body } }

  const here = `/account/support/${encodeURIComponent(id)}`
  const auth = await signedIn(here)
  try {
    await getSdk().client.fetch(`${PATH}/${encodeURIComponent(id)}/replies`, { method: "POST", headers: auth, body: { body } })
  } catch (e) {
    const status = statusOf(e)
    if (status === 401) {
      await removeAuthToken()
      return { error: "Your session has ended. Sign in again to send your reply.", values: { body } }
    }
    if (status === 404) return { error: "This request is not one of yours.", values: { body } }
    if (status === 400 && fieldOf(e) === "body") return { fieldErrors: { body: "Check your reply: 1 to 5000 characters." }, values: { body } }
    return { error: SOMETHING_WENT_WRONG, values: { body } }
  }
  revalidatePath(here)
  revalidatePath("/account/support")
  // An empty form again (`sent` renews the field); the new message is in the thread above it.
  return { success: "Your reply is sent. We'll answer by email and here.", values: { body: "", sent: String(Date.now()) } }
}
