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
    it("keeps the reports-to hierarchy", async () => {
      const gm = await service.createEmployees({
        chinook_id: 1,
        first_name: "Andrew",
        last_name: "Adams",
        title: "General Manager",
        email: "andrew@chinookcorp.com",
        hire_date: new Date("2002-08-14T00:00:00Z"),
        birth_date: new Date("1962-02-18T00:00:00Z"),
        city: "Edmonton",
        country: "Canada",
        phone: "+1 (780) 428-9482",
      })
      const manager = await service.createEmployees({
        chinook_id: 2,
        first_name: "Nancy",
        last_name: "Edwards",
        title: "Sales Manager",
        email: "nancy@chinookcorp.com",
        manager_id: gm.id,
      })
      await service.createEmployees({
        chinook_id: 3,
        first_name: "Jane",
        last_name: "Peacock",
        title: "Sales Support Agent",
        email: "jane@chinookcorp.com",
        manager_id: manager.id,
      })

      const top = await service.retrieveEmployee(gm.id, { relations: ["reports"] })
      expect(top.reports.map((e) => e.first_name)).toEqual(["Nancy"])
      const middle = await service.retrieveEmployee(manager.id, { relations: ["reports", "manager"] })
      expect(middle.reports.map((e) => e.first_name)).toEqual(["Jane"])
      expect(middle.manager?.id).toBe(gm.id)
      expect(top.hire_date?.toISOString()).toBe("2002-08-14T00:00:00.000Z")

      const jane = (await service.listEmployees({ chinook_id: 3 }, { relations: ["manager"] }))[0]
      expect(jane.manager?.last_name).toBe("Edwards")
    })

    it("refuses two employees with one email", async () => {
      await service.createEmployees({ first_name: "A", last_name: "B", email: "same@chinookcorp.com" })
      await expect(
        service.createEmployees({ first_name: "C", last_name: "D", email: "same@chinookcorp.com" })
      ).rejects.toThrow(/email/)
    })
  },
})
