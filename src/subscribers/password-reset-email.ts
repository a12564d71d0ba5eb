import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendPasswordResetEmailWorkflow } from "../workflows/emails/send-password-reset-email"

type PasswordResetEvent = {
  entity_id: string
  actor_type: string
  token: string
}

/** `POST /auth/{customer|user}/emailpass/reset-password` emits this for a known address. */
export default async function passwordResetEmail({ event: { data }, container }: SubscriberArgs<PasswordResetEvent>) {
  if (data.actor_type !== "customer" && data.actor_type !== "user") {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Password reset for unknown actor type "${data.actor_type}": no email sent.`)
    return
  }
  await sendPasswordResetEmailWorkflow(container).run({
    input: { email: data.entity_id, actor_type: data.actor_type, token: data.token },
  })
}

export const config: SubscriberConfig = {
  event: AuthWorkflowEvents.PASSWORD_RESET,
}
