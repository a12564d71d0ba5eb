import { MedusaService } from "@medusajs/framework/utils"
import { Album } from "./models/album"
import { Artist } from "./models/artist"
import { Genre } from "./models/genre"
import { MediaType } from "./models/media-type"
import { Track } from "./models/track"

class MusicModuleService extends MedusaService({
  Artist,
  Album,
  Track,
  Genre,
  MediaType,
}) {}

export default MusicModuleService
