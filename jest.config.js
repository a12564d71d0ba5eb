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

module.exports = {
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s", "<rootDir>/data/**/__tests__/**/*.unit.spec.[jt]s"] },
    { ...common, displayName: "modules", testMatch: ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"], testPathIgnorePatterns: ["\\.unit\\.spec\\."] },
    { ...common, displayName: "http", testMatch: ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"] },
    { ...common, displayName: "e2e", testMatch: ["<rootDir>/integration-tests/e2e/**/*.spec.[jt]s"] },
  ],
}
