import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { STAFF_MODULE } from ".."
import StaffModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<StaffModuleService>({
  moduleName: STAFF_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "../migrations"),
  testSuite: ({ service }) => {
    it("keeps a request's assignee, number and thread", async () => {
      const rep = await service.createEmployees({ first_name: "Jane", last_name: "Peacock", email: "jane@chinookcorp.com" })
      const at = new Date("2026-01-02T03:04:05Z")
      const [first, second] = await service.createSupportRequests([
        { customer_id: "cus_1", subject: "Help", message: "Please", assignee_id: rep.id, last_message_at: at },
        { customer_id: "cus_2", order_id: "order_1", subject: "More", message: "Thanks", last_message_at: at },
      ])
      // Numbered in order of creation, open until someone answers.
      expect(second.number).toBe(first.number + 1)
      expect(first.status).toBe("open")
      await service.createSupportReplies([
        { request_id: first.id, author_type: "staff", author_id: "user_1", author_name: "Jane Peacock", body: "On it" },
        { request_id: first.id, author_type: "customer", author_id: "cus_1", body: "Thanks" },
      ])
      const [found] = await service.listSupportRequests({ id: first.id }, { relations: ["assignee", "replies"] })
      expect(found.assignee?.id).toBe(rep.id)
      expect(found.replies.map((r) => r.author_type).sort()).toEqual(["customer", "staff"])
      expect((await service.listSupportRequests({ assignee_id: null } as any)).map((r) => r.id)).toEqual([second.id])
      await expect(service.updateSupportRequests({ id: first.id, status: "closed" as any })).rejects.toThrow()
    })

    it("leaves a request unassigned when its employee is deleted", async () => {
      const rep = await service.createEmployees({ first_name: "Steve", last_name: "Johnson", email: "steve@chinookcorp.com" })
      const request = await service.createSupportRequests({ customer_id: "cus_3", subject: "S", message: "M", assignee_id: rep.id, last_message_at: new Date() })
      await service.deleteEmployees(rep.id)
      const [after] = await service.listSupportRequests({ id: request.id })
      expect((after as any).assignee_id).toBeNull()
    })
  },
})
