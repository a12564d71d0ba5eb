import { model } from "@medusajs/framework/utils"
import { Employee } from "./employee"
import { SupportReply } from "./support-reply"

/**
 * A customer's question to the shop. It lives with the employees because its
 * owner is one: it is assigned to the customer's support rep (an employee of
 * this module, so a real foreign key), and the queue is read by rep.
 * Customer and order belong to Medusa's modules and are kept by id; routes
 * check that the order is the customer's own before it is stored.
 *
 * Status: `open` waits for staff (new, or the customer wrote last),
 * `pending` waits for the customer (staff replied), `resolved` is closed
 * until the customer writes again.
 */
export const SupportRequest = model
  .define("support_request", {
    id: model.id({ prefix: "sreq" }).primaryKey(),
    // A short number staff and customers can quote ("request #12").
    number: model.autoincrement(),
    customer_id: model.text(),
    order_id: model.text().nullable(),
    subject: model.text().searchable(),
    message: model.text().searchable(),
    status: model.enum(["open", "pending", "resolved"]).default("open"),
    assignee: model.belongsTo(() => Employee, { mappedBy: "support_requests" }).nullable(),
    // The queue is sorted by the latest message either side wrote.
    last_message_at: model.dateTime(),
    replies: model.hasMany(() => SupportReply, { mappedBy: "request" }),
  })
  .indexes([
    { on: ["customer_id", "last_message_at"] },
    { on: ["status", "last_message_at"] },
    { on: ["order_id"], where: "order_id IS NOT NULL" },
  ])
