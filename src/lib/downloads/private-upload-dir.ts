import path from "node:path"

type Env = Record<string, string | undefined>

/**
 * Where the local file provider keeps private files (masters): outside
 * `static/`, which Medusa serves to anyone. MASTERS_DIR overrides it.
 * medusa-config.ts hands this to the provider, so both agree; kept free of
 * other imports because the backup scripts load it on their own.
 */
export function privateUploadDir(env: Env = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.MASTERS_DIR || path.join("uploads", "private"))
}
