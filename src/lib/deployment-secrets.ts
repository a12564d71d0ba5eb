// What a production server refuses to start with: secrets anyone can guess
// and the passwords this project's README publishes. medusa-config.ts calls
// assertDeploymentSecrets, so it holds however the server is started (npm
// start, `medusa start` from a build, a container). Dependency-free: the
// plain-Node scripts import it too.

/** Passwords printed in earlier READMEs: anyone can try them. */
export const PUBLISHED_ADMIN_PASSWORD = "chinook-admin"
export const PUBLISHED_DEMO_PASSWORD = "chinook-demo"

export const SECRET_VARIABLES = ["JWT_SECRET", "COOKIE_SECRET"] as const
export const MIN_SECRET_LENGTH = 32

// Defaults of Medusa, its starters and their docs.
const KNOWN_SECRETS = new Set(["supersecret", "secret", "changeme", "something", "medusa", "jwt_secret", "cookie_secret"])

type Env = Record<string, string | undefined>

export const isProduction = (env: Env) => env.NODE_ENV === "production"

/** Each problem names its variable. */
export function deploymentProblems(env: Env): string[] {
  const problems: string[] = []
  for (const name of SECRET_VARIABLES) {
    const value = env[name]
    if (!value) {
      problems.push(`${name} is not set.`)
    } else if (KNOWN_SECRETS.has(value.trim().toLowerCase())) {
      problems.push(`${name} is "${value}", a published default.`)
    } else if (value.length < MIN_SECRET_LENGTH) {
      problems.push(`${name} is ${value.length} characters long; use at least ${MIN_SECRET_LENGTH} random characters.`)
    }
  }
  // Optional (download URLs are otherwise signed with a key derived from
  // JWT_SECRET), but when set it must be as strong.
  const download = env.DOWNLOAD_SECRET
  if (download && KNOWN_SECRETS.has(download.trim().toLowerCase())) {
    problems.push(`DOWNLOAD_SECRET is "${download}", a published default.`)
  } else if (download && download.trim().length < MIN_SECRET_LENGTH) {
    problems.push(`DOWNLOAD_SECRET is ${download.trim().length} characters long; use at least ${MIN_SECRET_LENGTH} random characters, or unset it.`)
  }
  if (env.ADMIN_PASSWORD === PUBLISHED_ADMIN_PASSWORD) {
    problems.push(`ADMIN_PASSWORD is "${PUBLISHED_ADMIN_PASSWORD}", the password this project used to publish.`)
  }
  if (env.CHINOOK_DEMO_PASSWORD === PUBLISHED_DEMO_PASSWORD) {
    problems.push(`CHINOOK_DEMO_PASSWORD is "${PUBLISHED_DEMO_PASSWORD}", the published demo password.`)
  }
  return problems
}

export class DeploymentSecretsError extends Error {}

export function deploymentSecretsMessage(problems: string[]) {
  return (
    `Refusing to run in production (NODE_ENV=production):\n` +
    problems.map((p) => `  - ${p}`).join("\n") +
    `\nGenerate a secret with: node -e "console.log(require('crypto').randomBytes(32).toString('base64url'))"`
  )
}

/**
 * Throws in production when a problem is found. `medusa build` is left
 * alone: it only compiles, and the built server checks again when it starts.
 */
export function assertDeploymentSecrets(env: Env = process.env, argv: string[] = process.argv) {
  if (!isProduction(env)) return
  const command = argv.slice(2).find((a) => !a.startsWith("-"))
  if (command === "build") return
  const problems = deploymentProblems(env)
  if (problems.length) throw new DeploymentSecretsError(deploymentSecretsMessage(problems))
}

/**
 * The password of the logins the Chinook import creates for employees and
 * customers. In production there is no default: the published one would
 * open every imported account.
 */
export function importedLoginPassword(env: Env = process.env): string {
  const value = env.CHINOOK_DEMO_PASSWORD
  if (!isProduction(env)) return value || PUBLISHED_DEMO_PASSWORD
  if (!value || value === PUBLISHED_DEMO_PASSWORD) {
    throw new DeploymentSecretsError(
      `CHINOOK_DEMO_PASSWORD ${value ? `is "${value}", the published demo password` : "is not set"}: in production ` +
        `the import will not create employee and customer logins anyone could guess. Set CHINOOK_DEMO_PASSWORD.`
    )
  }
  return value
}
