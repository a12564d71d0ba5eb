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

    describe("entries under the playlist's lock", () => {
      const order = async (id: string) => {
        const rows = await service.listPlaylistTracks({ playlist_id: id }, { order: { position: "ASC" }, take: null })
        return { tracks: rows.map((r) => r.track_id), positions: rows.map((r) => r.position) }
      }

      it("adds at the end or at a position, removes and reorders, keeping positions 0..n-1", async () => {
        const p = await service.createPlaylists({ name: "Ordered" })
        await service.addEntries(p.id, ["a", "b", "c"])
        await service.addEntries(p.id, ["x", "y"], 1)
        expect(await order(p.id)).toEqual({ tracks: ["a", "x", "y", "b", "c"], positions: [0, 1, 2, 3, 4] })
        const { removed } = await service.removeEntries(p.id, ["x", "c"])
        expect(removed.map((e) => [e.track_id, e.position])).toEqual([["x", 1], ["c", 4]])
        expect(await order(p.id)).toEqual({ tracks: ["a", "y", "b"], positions: [0, 1, 2] })
        const { previous } = await service.reorderEntries(p.id, ["b", "a", "y"])
        expect(previous).toEqual(["a", "y", "b"])
        expect(await order(p.id)).toEqual({ tracks: ["b", "a", "y"], positions: [0, 1, 2] })

        // Compensations: removed entries come back near their places, the old order returns.
        await service.reinsertEntries(p.id, removed)
        expect((await order(p.id)).tracks).toEqual(["b", "x", "a", "y", "c"])
        await service.restoreEntryOrder(p.id, ["a", "y", "b"])
        expect(await order(p.id)).toEqual({ tracks: ["a", "y", "b", "x", "c"], positions: [0, 1, 2, 3, 4] })
      })

      it("refuses a track twice, a position past the end, a stale reorder and an unknown playlist", async () => {
        const p = await service.createPlaylists({ name: "Strict" })
        await service.addEntries(p.id, ["a", "b"])
        await expect(service.addEntries(p.id, ["b"])).rejects.toMatchObject({ type: "conflict", message: expect.stringMatching(/already in this playlist/) })
        await expect(service.addEntries(p.id, ["c", "c"])).rejects.toMatchObject({ type: "invalid_data" })
        await expect(service.addEntries(p.id, ["c"], 3)).rejects.toMatchObject({ message: expect.stringMatching(/^position: must be between 0 and 2/) })
        await expect(service.reorderEntries(p.id, ["a"])).rejects.toMatchObject({ type: "conflict", message: expect.stringMatching(/missing: b/) })
        await expect(service.reorderEntries(p.id, ["a", "b", "z"])).rejects.toMatchObject({ message: expect.stringMatching(/not in it: z/) })
        await expect(service.removeEntries(p.id, ["z"])).rejects.toMatchObject({ type: "not_found" })
        await expect(service.addEntries("pl_missing", ["a"])).rejects.toMatchObject({ type: "not_found" })
        expect(await order(p.id)).toEqual({ tracks: ["a", "b"], positions: [0, 1] })
      })

      it("applies concurrent adds and reorders one after another", async () => {
        const p = await service.createPlaylists({ name: "Busy" })
        await service.addEntries(p.id, ["t0", "t1", "t2", "t3"])
        const adds = Array.from({ length: 8 }, (_, i) => service.addEntries(p.id, [`n${i}`], i % 2 ? 0 : undefined))
        const reorders = [0, 1, 2].map(async (k) => {
          const now = await service.listEntryTrackIds(p.id)
          return service.reorderEntries(p.id, k % 2 ? [...now].reverse() : now).catch((e) => e)
        })
        const same = Array.from({ length: 4 }, () => service.addEntries(p.id, ["dup"]).then(() => "ok", (e) => e.type))
        const results = await Promise.all([...adds, ...reorders, Promise.all(same)])
        expect((results.at(-1) as string[]).sort()).toEqual(["conflict", "conflict", "conflict", "ok"])
        const { tracks, positions } = await order(p.id)
        expect(positions).toEqual(tracks.map((_, i) => i))
        expect(new Set(tracks).size).toBe(tracks.length)
        expect([...tracks].sort()).toEqual(["dup", "n0", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "t0", "t1", "t2", "t3"])
        expect((await service.countEntries([p.id, "pl_none"])).get(p.id)).toBe(13)
      })
    })
  },
})
