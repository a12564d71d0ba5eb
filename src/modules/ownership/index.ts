import { Module } from "@medusajs/framework/utils"
import OwnershipModuleService from "./service"

export const OWNERSHIP_MODULE = "ownership"

export default Module(OWNERSHIP_MODULE, {
  service: OwnershipModuleService,
})
