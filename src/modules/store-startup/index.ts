import { Module } from "@medusajs/framework/utils"
import StoreStartupService from "./service"

export const STORE_STARTUP_MODULE = "storeStartup"

export default Module(STORE_STARTUP_MODULE, {
  service: StoreStartupService,
})
