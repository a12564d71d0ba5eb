import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { MUSIC_MODULE } from ".."
import MusicModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<MusicModuleService>({
  moduleName: MUSIC_MODULE,
  resolve: path.join(__dirname, ".."),
  // The generated migrations, not a schema derived from the models: this is
  // what `medusa db:migrate` will run.
  pathToMigrations: path.join(__dirname, "../migrations"),
  testSuite: ({ service }) => {
    async function album() {
      const artist = await service.createArtists({ chinook_id: 1, name: "AC/DC" })
      const genre = await service.createGenres({ chinook_id: 1, name: "Rock" })
      const mediaType = await service.createMediaTypes({ chinook_id: 1, name: "MPEG audio file" })
      const created = await service.createAlbums({
        chinook_id: 1,
        title: "For Those About To Rock We Salute You",
        artist_id: artist.id,
      })
      await service.createTracks(
        ["Put The Finger On You", "For Those About To Rock (We Salute You)"].map((name, i) => ({
          chinook_id: 1 + i,
          name,
          composer: "Angus Young, Malcolm Young, Brian Johnson",
          milliseconds: 200000 + i,
          bytes: 6000000,
          unit_price: 0.99,
          // Created out of order on purpose: the number decides the order.
          track_number: 2 - i,
          album_id: created.id,
          genre_id: genre.id,
          media_type_id: mediaType.id,
        }))
      )
      return { artist, genre, mediaType, album: created }
    }

    it("keeps artists, albums, tracks, genres and media types with their Chinook fields and relations", async () => {
      const { artist, genre, mediaType, album: a } = await album()

      const loaded = await service.retrieveAlbum(a.id, { relations: ["artist", "tracks", "tracks.genre", "tracks.media_type"] })
      expect(loaded.artist.name).toBe("AC/DC")
      expect(loaded.cover_url).toBeNull()
      const tracks = [...loaded.tracks].sort((x, y) => x.track_number - y.track_number)
      expect(tracks.map((t) => t.name)).toEqual(["For Those About To Rock (We Salute You)", "Put The Finger On You"])
      expect(tracks[0]).toMatchObject({
        chinook_id: 2,
        composer: "Angus Young, Malcolm Young, Brian Johnson",
        milliseconds: 200001,
        bytes: 6000000,
      })
      expect(Number(tracks[0].unit_price)).toBe(0.99)
      expect(tracks[0].genre!.id).toBe(genre.id)
      expect(tracks[0].media_type!.id).toBe(mediaType.id)

      const withAlbums = await service.retrieveArtist(artist.id, { relations: ["albums"] })
      expect(withAlbums.albums.map((x) => x.id)).toEqual([a.id])
      const [rock] = await service.listGenres({ id: genre.id }, { relations: ["tracks"] })
      expect(rock.tracks).toHaveLength(2)
    })

    it("lists an album's tracks in running order", async () => {
      const { album: a } = await album()
      const tracks = await service.listTracks({ album_id: a.id }, { order: { track_number: "ASC" } })
      expect(tracks.map((t) => t.track_number)).toEqual([1, 2])
    })

    it("refuses a second record with the same Chinook key", async () => {
      await service.createArtists({ chinook_id: 7, name: "Apocalyptica" })
      await expect(service.createArtists({ chinook_id: 7, name: "Someone else" })).rejects.toThrow(/chinook_id/)
      // Records made in the admin have no Chinook key; any number of them is fine.
      await service.createArtists([{ name: "New artist" }, { name: "Another" }])
      expect(await service.listArtists({ chinook_id: null })).toHaveLength(2)
    })

    it("deletes an album's tracks with it, and keeps genres", async () => {
      const { album: a, genre } = await album()
      await service.deleteAlbums(a.id)
      expect(await service.listTracks({ album_id: a.id })).toHaveLength(0)
      expect(await service.listGenres({ id: genre.id })).toHaveLength(1)
    })

    it("rejects a track without an album", async () => {
      await expect(
        service.createTracks({ name: "Loose", milliseconds: 1, unit_price: 0.99, track_number: 1 } as any)
      ).rejects.toThrow()
    })
  },
})
