import { MedusaService } from "@medusajs/framework/utils"
import { Playlist } from "./models/playlist"
import { PlaylistTrack } from "./models/playlist-track"

class PlaylistsModuleService extends MedusaService({
  Playlist,
  PlaylistTrack,
}) {}

export default PlaylistsModuleService
