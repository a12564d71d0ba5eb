import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN } from "@medusajs/framework/utils"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { libraryUrl } from "../../lib/email-links"
import { emailTemplateId } from "../../lib/email-templates"

export type SendOrderConfirmationEmailInput = { order_id: string }

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "created_at",
  "no_notification",
  "metadata",
  "customer.first_name",
  "customer.last_name",
  "items.id",
  "items.product_title",
  "items.product_subtitle",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "subtotal",
  "discount_total",
  "tax_total",
  "total",
]

/** Amounts arrive as BigNumber-like values; an email template wants plain numbers. */
const amount = (v: unknown) => MathBN.convert((v ?? 0) as any).toNumber()

/**
 * Mails the customer what they bought, with totals and a link to their
 * library. The idempotency key makes the Notification Module send it once
 * per order, whatever number of times the event arrives.
 * An order marked no_notification (Medusa's flag; the Chinook import sets it
 * on its invoices, which are history, not purchases made now) gets no email.
 */
export const sendOrderConfirmationEmailWorkflow = createWorkflow(
  "send-order-confirmation-email",
  (input: SendOrderConfirmationEmailInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ORDER_FIELDS,
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })

    const notifications = transform({ orders }, ({ orders }) => {
      const order = orders[0] as any
      if (!order?.email || order.no_notification || order.metadata?.chinook_invoice_id) {
        return []
      }
      const name = [order.customer?.first_name, order.customer?.last_name].filter(Boolean).join(" ")
      return [
        {
          to: order.email,
          channel: "email",
          template: emailTemplateId("order-confirmation"),
          trigger_type: "order.placed",
          resource_id: order.id,
          resource_type: "order",
          idempotency_key: `order-confirmation:${order.id}`,
          data: {
            order_id: order.id,
            display_id: order.display_id,
            placed_at: order.created_at,
            customer_name: name || null,
            currency_code: order.currency_code,
            items: (order.items ?? []).map((item: any) => ({
              title: item.variant_title,
              album: item.product_title,
              artist: item.product_subtitle ?? null,
              quantity: amount(item.quantity),
              unit_price: amount(item.unit_price),
              total: amount(item.total),
            })),
            subtotal: amount(order.subtotal),
            discount_total: amount(order.discount_total),
            tax_total: amount(order.tax_total),
            total: amount(order.total),
            library_url: libraryUrl(),
          },
        },
      ]
    })

    when({ notifications }, ({ notifications }) => notifications.length > 0).then(() => {
      sendNotificationsStep(notifications)
    })
    return new WorkflowResponse(notifications)
  }
)
