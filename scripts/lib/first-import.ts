// `npm start` on a database that still needs the Chinook import, run with
// `medusa exec`. `medusa db:migrate` ran with --skip-scripts: the migration
// scripts it would run in a process of its own (one more full boot of the app,
// several seconds on 2 cores) run here first, in the boot the import needs
// anyway, and before the import, as they would have.
import path from "node:path"
import { MigrationScriptsMigrator } from "@medusajs/framework/migrations"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getResolvedPlugins } from "@medusajs/framework/utils"
import seed from "../../data/seed/run"

/** What `medusa db:migrate:scripts` runs: Medusa's own scripts, then the project's. */
async function runMigrationScripts({ container }: ExecArgs) {
  const root = process.cwd()
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const plugins = await getResolvedPlugins(root, config, true)
  const paths = [
    path.join(path.dirname(require.resolve("@medusajs/medusa")), "migration-scripts"),
    ...plugins.map((plugin) => path.join(plugin.resolve, "migration-scripts")),
  ]
  const migrator = new MigrationScriptsMigrator({ container })
  await migrator.ensureMigrationsTable()
  await migrator.run(paths)
}

export default async function firstImport(args: ExecArgs) {
  try {
    await runMigrationScripts(args)
  } catch (e: any) {
    console.error(`\nMedusa's migration scripts failed: ${e?.stack ?? e}\n`)
    process.exitCode = 2
    return
  }
  await seed(args)
}
