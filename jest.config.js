const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const transform = {
  "^.+\\.[jt]sx?$": [
    "@swc/jest",
    { jsc: { parser: { syntax: "typescript", decorators: true, tsx: true } } },
  ],
}

const common = {
  transform,
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/storefront/"],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
}

// HTTP and browser test files start from a database migrated once per run
// (integration-tests/helpers/test-utils.js wraps medusaIntegrationTestRunner).
const integration = {
  ...common,
  moduleNameMapper: { "^@medusajs/test-utils$": "<rootDir>/integration-tests/helpers/test-utils.js" },
}

module.exports = {
  testSequencer: "<rootDir>/integration-tests/helpers/test-sequencer.js",
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s", "<rootDir>/data/**/__tests__/**/*.unit.spec.[jt]s"] },
    { ...common, displayName: "modules", testMatch: ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"], testPathIgnorePatterns: ["\\.unit\\.spec\\."] },
    { ...integration, displayName: "http", testMatch: ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"] },
    { ...integration, displayName: "e2e", testMatch: ["<rootDir>/integration-tests/e2e/**/*.spec.[jt]s"] },
    // Medusa servers and a worker in processes of their own, on Redis (CLUSTER_REDIS_URL; skipped without it).
    { ...common, displayName: "cluster", testMatch: ["<rootDir>/integration-tests/cluster/**/*.spec.[jt]s"] },
  ],
}
