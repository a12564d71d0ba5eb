// Child processes for the scripts. Never spawnSync while the embedded
// database runs: its log output is piped into this process, and a blocked
// event loop stops reading it until the server stalls on a full pipe.
import { spawn } from "node:child_process"

/**
 * @returns {Promise<{status: number | null, output: string}>}
 * With `capture`, output is collected (and returned) instead of shown.
 * `onSpawn` gets the child, e.g. to stop it (with `detached`) on Ctrl-C.
 */
export function exec(cmd, args, { capture = false, onSpawn, ...opts } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit", ...opts })
    onSpawn?.(child)
    let output = ""
    if (capture) {
      child.stdout.on("data", (d) => (output += d))
      child.stderr.on("data", (d) => (output += d))
    }
    child.on("error", reject)
    child.on("exit", (code, signal) => resolve({ status: code ?? (signal ? 1 : 0), output }))
  })
}

/**
 * Stops a child started with `detached: true` and everything it spawned: SIGINT
 * to its process group (Medusa and Next stop cleanly on it), SIGKILL if it is
 * still there after `graceMs`.
 */
export function stopProcessGroup(child, graceMs = 10_000) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const kill = (sig) => {
      try {
        process.kill(-child.pid, sig)
      } catch {}
    }
    const timer = setTimeout(() => kill("SIGKILL"), graceMs)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve()
    })
    kill("SIGINT")
  })
}
