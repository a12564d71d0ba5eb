import { Module } from "@medusajs/framework/utils"
import PlaylistsModuleService from "./service"

export const PLAYLISTS_MODULE = "playlists"

export default Module(PLAYLISTS_MODULE, {
  service: PlaylistsModuleService,
})
