import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { assertDeploymentSecrets, importedLoginPassword } from "../deployment-secrets"

const root = path.resolve(__dirname, "../../..")
const strong = { JWT_SECRET: "j".repeat(16) + "K9x-2hQ7vP4mR8sT", COOKIE_SECRET: "c".repeat(16) + "Z3w-8nL5bY1dF6gH" }
const VARIABLES = ["NODE_ENV", "JWT_SECRET", "COOKIE_SECRET", "ADMIN_PASSWORD", "CHINOOK_DEMO_PASSWORD"]

/** Loads medusa-config.ts afresh, as `medusa start` does, under `env`. */
function loadConfig(env: Record<string, string | undefined>, argv = ["node", "medusa", "start"]) {
  const saved = Object.fromEntries(VARIABLES.map((v) => [v, process.env[v]]))
  const savedArgv = process.argv
  for (const v of VARIABLES) delete process.env[v]
  Object.assign(process.env, env)
  process.argv = argv
  try {
    let config: any
    jest.isolateModules(() => {
      config = require("../../../medusa-config")
    })
    return config.default ?? config
  } finally {
    process.argv = savedArgv
    for (const v of VARIABLES) {
      if (saved[v] === undefined) delete process.env[v]
      else process.env[v] = saved[v]
    }
  }
}

describe("medusa-config in production", () => {
  it("refuses to start without secrets, naming both variables", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/JWT_SECRET is not set[\s\S]*COOKIE_SECRET is not set/)
  })

  it("refuses the published default secret Medusa's starters use", () => {
    expect(() => loadConfig({ NODE_ENV: "production", ...strong, JWT_SECRET: "supersecret" })).toThrow(
      /JWT_SECRET is "supersecret", a published default/
    )
  })

  it("runs with strong secrets and uses them", () => {
    const config = loadConfig({ NODE_ENV: "production", ...strong, ADMIN_PASSWORD: "something-else-entirely" })
    expect(config.projectConfig.http.jwtSecret).toBe(strong.JWT_SECRET)
    expect(config.projectConfig.http.cookieSecret).toBe(strong.COOKIE_SECRET)
  })

  it("leaves tests alone", () => {
    expect(() => loadConfig({ NODE_ENV: "test" })).not.toThrow()
  })
})

// The rules themselves, as medusa-config applies them.
describe("assertDeploymentSecrets", () => {
  const production = (env: Record<string, string>, argv = ["node", "medusa", "start"]) => () =>
    assertDeploymentSecrets({ NODE_ENV: "production", ...strong, ...env }, argv)

  it.each([
    ["JWT_SECRET", "", /JWT_SECRET is not set/],
    ["JWT_SECRET", "a-short-secret-of-26-chars", /JWT_SECRET is 26 characters long; use at least 32/],
    ["COOKIE_SECRET", "supersecret", /COOKIE_SECRET is "supersecret", a published default/],
    ["COOKIE_SECRET", "SuperSecret ", /COOKIE_SECRET is "SuperSecret ", a published default/],
    ["ADMIN_PASSWORD", "chinook-admin", /ADMIN_PASSWORD is "chinook-admin"/],
    ["CHINOOK_DEMO_PASSWORD", "chinook-demo", /CHINOOK_DEMO_PASSWORD is "chinook-demo"/],
    ["DOWNLOAD_SECRET", "too-short", /DOWNLOAD_SECRET is 9 characters long/],
  ])("refuses %s=%p", (name, value, message) => {
    expect(production({ [name]: value })).toThrow(message)
  })

  it("accepts strong secrets and passwords of one's own", () => {
    expect(production({ ADMIN_PASSWORD: "my-own-admin-pass", CHINOOK_DEMO_PASSWORD: "another-one" })).not.toThrow()
  })

  it("leaves development and `medusa build` alone", () => {
    expect(assertDeploymentSecrets({ NODE_ENV: "development", ADMIN_PASSWORD: "chinook-admin" })).toBeUndefined()
    expect(production({ JWT_SECRET: "" }, ["node", "medusa", "build", "--admin-only"])).not.toThrow()
  })
})

describe("importedLoginPassword", () => {
  it("has no default in production", () => {
    expect(() => importedLoginPassword({ NODE_ENV: "production" })).toThrow(/CHINOOK_DEMO_PASSWORD is not set/)
    expect(() => importedLoginPassword({ NODE_ENV: "production", CHINOOK_DEMO_PASSWORD: "chinook-demo" })).toThrow(
      /CHINOOK_DEMO_PASSWORD is "chinook-demo"/
    )
    expect(importedLoginPassword({ NODE_ENV: "production", CHINOOK_DEMO_PASSWORD: "a-real-one" })).toBe("a-real-one")
  })

  it("keeps the demo password outside production", () => {
    expect(importedLoginPassword({ NODE_ENV: "development" })).toBe("chinook-demo")
  })
})

describe("local secrets (scripts/lib/secrets.mjs)", () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "chinook-secrets-"))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  // The scripts are plain ESM; run them as `npm start` does, in Node.
  function localSecrets(env: Record<string, string> = {}) {
    const script = `import { localSecrets } from ${JSON.stringify(path.join(root, "scripts/lib/secrets.mjs"))}
      console.log(JSON.stringify(localSecrets(${JSON.stringify(dir)}, ${JSON.stringify(env)})))`
    const res = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" })
    if (res.status !== 0) throw new Error(res.stderr)
    return JSON.parse(res.stdout)
  }

  it("generates strong secrets once, readable by the owner only, and reuses them", () => {
    const first = localSecrets()
    expect(() => assertDeploymentSecrets({ NODE_ENV: "production", ...first })).not.toThrow()
    expect(first.JWT_SECRET).not.toBe(first.COOKIE_SECRET)
    const file = path.join(dir, ".data", "secrets.json")
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(localSecrets()).toEqual(first)
  })

  it("lets secrets set in the environment win", () => {
    const stored = localSecrets()
    expect(localSecrets({ JWT_SECRET: strong.JWT_SECRET })).toEqual({ ...stored, JWT_SECRET: strong.JWT_SECRET })
  })
})
