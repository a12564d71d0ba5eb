import { model } from "@medusajs/framework/utils"
import { SupportRequest } from "./support-request"

export const Employee = model
  .define("employee", {
    id: model.id({ prefix: "emp" }).primaryKey(),
    chinook_id: model.number().nullable(),
    first_name: model.text(),
    last_name: model.text().searchable(),
    title: model.text().nullable(),
    birth_date: model.dateTime().nullable(),
    hire_date: model.dateTime().nullable(),
    address: model.text().nullable(),
    city: model.text().nullable(),
    state: model.text().nullable(),
    country: model.text().nullable(),
    postal_code: model.text().nullable(),
    phone: model.text().nullable(),
    fax: model.text().nullable(),
    email: model.text(),
    manager: model.belongsTo(() => Employee, { mappedBy: "reports" }).nullable(),
    reports: model.hasMany(() => Employee, { mappedBy: "manager" }),
    // Support requests assigned to this employee.
    support_requests: model.hasMany(() => SupportRequest, { mappedBy: "assignee" }),
  })
  .indexes([
    { on: ["chinook_id"], unique: true, where: "chinook_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["email"], unique: true, where: "deleted_at IS NULL" },
  ])
