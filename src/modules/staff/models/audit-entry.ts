import { model } from "@medusajs/framework/utils"

/**
 * One change a staff member made: who (the admin user's id, and their email
 * as it was then, so the trail reads the same after the login is gone), what
 * (the entity, its id, the action and a one-line summary, with the values
 * before and after) and when (`created_at`). Written once, never edited.
 */
export const AuditEntry = model
  .define("audit_entry", {
    id: model.id({ prefix: "aud" }).primaryKey(),
    actor_id: model.text(),
    actor_email: model.text().nullable(),
    /** What was done: update, delete, publish, unpublish, price_change, refund, create. */
    action: model.text(),
    /** What it was done to: album, track, artist, genre, media_type, product, prices, payment, employee. */
    entity: model.text(),
    entity_id: model.text(),
    summary: model.text(),
    /** The fields that changed: { before, after } (after is null for a deletion). */
    changes: model.json().nullable(),
  })
  .indexes([{ on: ["created_at"] }, { on: ["entity", "created_at"] }, { on: ["actor_id", "created_at"] }, { on: ["entity_id"] }])
