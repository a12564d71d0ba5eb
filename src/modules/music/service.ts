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
}) {
  /** An album is in a genre when any of its tracks is. */
  async listAlbumIdsInGenre(genreId: string): Promise<string[]> {
    const tracks = await this.listTracks({ genre_id: genreId }, { select: ["album_id"], take: null })
    return [...new Set(tracks.map((t) => t.album_id))]
  }
}

export default MusicModuleService
