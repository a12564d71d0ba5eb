// The cluster of the cluster tests, in a Node process of its own: jest's
// module system does not load the ES module scripts/lib/cluster.mjs, and a
// process of its own also stops the cluster when the test process goes away
// (IPC disconnect), whatever way it ends.
// Options come as JSON in CLUSTER_HOST_OPTIONS (startCluster's options);
// commands arrive as IPC messages { id, cmd: "stop" | "start", kind: "servers" | "workers", index, options }
// or { id, cmd: "shutdown" }, each answered { id, ok } or { id, error }.
import { startCluster } from "../../scripts/lib/cluster.mjs"

const options = JSON.parse(process.env.CLUSTER_HOST_OPTIONS || "{}")
let cluster
let stopping

async function shutdown(code = 0) {
  stopping ??= (cluster ? cluster.stop() : Promise.resolve()).catch((e) => console.error(`cluster stop: ${e?.message ?? e}`))
  await stopping
  process.exit(code)
}

process.on("disconnect", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))
process.on("SIGINT", () => shutdown(0))

process.on("message", async ({ id, cmd, kind, index, options }) => {
  try {
    if (cmd === "shutdown") {
      stopping ??= cluster.stop()
      await stopping
      process.send({ id, ok: true })
      return
    }
    const member = cluster?.[kind]?.[index]
    if (!member || (cmd !== "stop" && cmd !== "start")) throw new Error(`no such command: ${cmd} ${kind}[${index}]`)
    await member[cmd](options)
    process.send({ id, ok: true })
  } catch (e) {
    process.send({ id, error: String(e?.stack ?? e) })
  }
})

try {
  cluster = await startCluster({
    ...options,
    // A process that stops without being asked to: say why, with what it printed last.
    onExit: (proc, why) => process.stderr.write(`[cluster] ${proc.name} stopped by itself (${why}); its last output:\n${proc.logs(40)}\n`),
  })
  process.send({ ready: true, url: cluster.url, servers: cluster.servers.map((s) => s.url) })
} catch (e) {
  process.send({ ready: false, error: String(e?.stack ?? e) })
  await shutdown(1)
}
