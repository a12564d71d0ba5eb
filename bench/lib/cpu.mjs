// Where a machine's CPU went during a timed phase, from /proc (Linux only;
// elsewhere every reading is null and the bench prints none). A throughput
// ratio between one server and several means little without it: on a
// machine the single server already fills, a second server has no core to
// run on, and the figure measures the machine, not the cluster.
import fs from "node:fs"
import os from "node:os"

// Linux reports process times in clock ticks of 1/100 s on every platform Node supports.
const TICKS_PER_SECOND = 100

const readable = fs.existsSync("/proc/stat")

/** Busy and total ticks of the whole machine (all cores). */
function machineTicks() {
  const line = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]
  const v = line.trim().split(/\s+/).slice(1).map(Number)
  // user nice system idle iowait irq softirq steal
  const idle = v[3] + (v[4] || 0)
  const total = v.slice(0, 8).reduce((a, b) => a + b, 0)
  return { busy: total - idle, total }
}

/** Every process: its parent, command name and CPU ticks so far (user + system). */
function processes() {
  const out = new Map()
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8")
      // The command sits in parentheses and may itself hold spaces or ")".
      const close = stat.lastIndexOf(")")
      const comm = stat.slice(stat.indexOf("(") + 1, close)
      const f = stat.slice(close + 2).split(" ")
      out.set(Number(name), { ppid: Number(f[1]), comm, ticks: Number(f[11]) + Number(f[12]) })
    } catch {
      // Ended between the listing and the read.
    }
  }
  return out
}

function descendants(all, roots) {
  const keep = new Set(roots.filter(Boolean))
  let grew = true
  while (grew) {
    grew = false
    for (const [pid, p] of all) {
      if (!keep.has(pid) && keep.has(p.ppid)) {
        keep.add(pid)
        grew = true
      }
    }
  }
  return keep
}

/**
 * Starts counting. `groups` names process trees ({ servers: [pid, ...] });
 * PostgreSQL (by command name) and this process are counted on their own.
 * `stop()` answers cores used per group, the rest of the machine, and how
 * busy the machine was, as averages over the interval.
 */
export function cpuMeter(groups) {
  if (!readable) return { stop: () => null }
  const t0 = performance.now()
  const m0 = machineTicks()
  const p0 = processes()
  return {
    stop() {
      const secs = (performance.now() - t0) / 1000
      const m1 = machineTicks()
      const p1 = processes()
      const used = (pids) => {
        let ticks = 0
        for (const pid of pids) {
          const now = p1.get(pid)
          if (!now) continue
          const before = p0.get(pid)
          ticks += now.ticks - (before && before.comm === now.comm ? before.ticks : 0)
        }
        return ticks / TICKS_PER_SECOND / secs
      }
      const claimed = new Set()
      const cores = {}
      for (const [name, roots] of Object.entries(groups)) {
        const tree = descendants(p1, roots)
        for (const pid of tree) claimed.add(pid)
        cores[name] = used(tree)
      }
      const postgres = [...p1].filter(([pid, p]) => !claimed.has(pid) && p.comm.startsWith("postgres")).map(([pid]) => pid)
      postgres.forEach((pid) => claimed.add(pid))
      cores.postgres = used(postgres)
      claimed.add(process.pid)
      cores.client = used([process.pid])
      const machineCores = ((m1.busy - m0.busy) / Math.max(1, m1.total - m0.total)) * os.cpus().length
      const named = Object.values(cores).reduce((a, b) => a + b, 0)
      cores.other = Math.max(0, machineCores - named)
      return { cores, busy: machineCores / os.cpus().length, cpus: os.cpus().length }
    },
  }
}

/** "servers 1.10, postgres 0.42, client 0.12, other 0.05 of 2 cores (machine 84% busy)" */
export function formatCpu(cpu) {
  if (!cpu) return "not measured (no /proc)"
  const parts = Object.entries(cpu.cores).map(([k, v]) => `${k} ${v.toFixed(2)}`)
  return `${parts.join(", ")} of ${cpu.cpus} cores (machine ${(cpu.busy * 100).toFixed(0)}% busy)`
}
