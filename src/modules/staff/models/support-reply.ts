import { model } from "@medusajs/framework/utils"
import { SupportRequest } from "./support-request"

/**
 * One message in a support request's thread after the first (the request
 * holds that one). `author_id` is the customer's id or the staff user's id;
 * `author_name` is how the author was shown when they wrote, so the thread
 * reads the same after a rename.
 */
export const SupportReply = model
  .define("support_reply", {
    id: model.id({ prefix: "srep" }).primaryKey(),
    request: model.belongsTo(() => SupportRequest, { mappedBy: "replies" }),
    author_type: model.enum(["staff", "customer"]),
    author_id: model.text(),
    author_name: model.text().nullable(),
    body: model.text(),
  })
  .indexes([{ on: ["request_id", "created_at"] }])
