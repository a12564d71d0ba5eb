import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { PLAYLISTS_MODULE } from ".."
import PlaylistsModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<PlaylistsModuleService>({
  moduleName: PLAYLISTS_MODULE,
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "../migrations"),
  testSuite: ({ service }) => {
    it("creates a private playlist by default and keeps its tracks in order", async () => {
      const playlist = await service.createPlaylists({ name: "Road trip", description: "Loud" })
      expect(playlist).toMatchObject({ visibility: "private", editorial: false, share_token: null })

      await service.createPlaylistTracks(
        ["trk_c", "trk_a", "trk_b"].map((track_id, position) => ({ track_id, position, playlist_id: playlist.id }))
      )
      const tracks = await service.listPlaylistTracks({ playlist_id: playlist.id }, { order: { position: "ASC" } })
      expect(tracks.map((t) => t.track_id)).toEqual(["trk_c", "trk_a", "trk_b"])
    })

    it("keeps editorial playlists apart and public", async () => {
      await service.createPlaylists([
        { name: "Music", editorial: true, visibility: "public", chinook_id: 1 },
        { name: "Mine" },
      ])
      const editorial = await service.listPlaylists({ editorial: true })
      expect(editorial.map((p) => p.name)).toEqual(["Music"])
    })

    it("gives every share token to one playlist only", async () => {
      await service.createPlaylists({ name: "A", share_token: "tok-1" })
      await expect(service.createPlaylists({ name: "B", share_token: "tok-1" })).rejects.toThrow(/share_token/)
    })

    it("rejects an unknown visibility", async () => {
      await expect(service.createPlaylists({ name: "X", visibility: "friends" as any })).rejects.toThrow()
    })

    it("deletes a playlist's entries with it", async () => {
      const p = await service.createPlaylists({ name: "Gone soon" })
      await service.createPlaylistTracks({ track_id: "trk_1", position: 0, playlist_id: p.id })
      await service.deletePlaylists(p.id)
      expect(await service.listPlaylistTracks({ playlist_id: p.id })).toHaveLength(0)
    })
  },
})
