import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

export type SupportRepChange = { customer_id: string; from: string | null; to: string | null }

/** The customer's current rep and the new one, both checked to exist. */
export const readSupportRepChangeStep = createStep(
  "read-support-rep-change",
  async (input: { customer_id: string; employee_id: string | null }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [customer],
    } = await query.graph({ entity: "customer", fields: ["id", "employee.id"], filters: { id: input.customer_id } })
    if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${input.customer_id} was not found`)
    if (input.employee_id) {
      const staff: StaffModuleService = container.resolve(STAFF_MODULE)
      const [employee] = await staff.listEmployees({ id: input.employee_id }, { select: ["id"] })
      if (!employee) throw new MedusaError(MedusaError.Types.INVALID_DATA, `employee_id: no employee has the id ${input.employee_id}.`)
    }
    const change: SupportRepChange = {
      customer_id: customer.id,
      from: ((customer as any).employee?.id as string | undefined) ?? null,
      to: input.employee_id,
    }
    return new StepResponse(change)
  }
)
