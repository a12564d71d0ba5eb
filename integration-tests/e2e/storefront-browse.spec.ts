import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { separateSuites } from "../helpers/separate-suites"
import storefrontSuite from "./suites/storefront"
import discoverSuite from "./suites/discover"
import searchFacetsSuite from "./suites/search-facets"

jest.setTimeout(180_000)

// The storefront in Chromium, browsing: the shop's pages, discovery and search with facets.
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: (runner) =>
    separateSuites(runner, {
      "the shop's pages": storefrontSuite,
      "discover": discoverSuite,
      "search facets": searchFacetsSuite,
    }),
})
