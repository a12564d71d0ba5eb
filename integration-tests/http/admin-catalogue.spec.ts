import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { separateSuites } from "../helpers/separate-suites"
import adminCatalogueSuite from "./suites/admin-catalogue"
import adminPricesSuite from "./suites/admin-prices"
import adminTrackMoveSuite from "./suites/admin-track-move"
import adminAudioSuite from "./suites/admin-audio"

jest.setTimeout(300_000)

// The staff's catalogue: albums, tracks and taxonomy, prices, moving tracks, and audio.
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: (runner) =>
    separateSuites(runner, {
      "albums, tracks and taxonomy": adminCatalogueSuite,
      "prices": adminPricesSuite,
      "moving tracks": adminTrackMoveSuite,
      "audio files": adminAudioSuite,
    }),
})
