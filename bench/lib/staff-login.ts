// `medusa exec ./bench/lib/staff-login.ts`: the staff login a benchmark uses
// for /admin routes (BENCH_STAFF_EMAIL, BENCH_STAFF_PASSWORD), made once.
import type { ExecArgs } from "@medusajs/framework/types"
import { ensureStaffLogin } from "../../src/lib/staff-login"

export default async function staffLogin({ container }: ExecArgs) {
  const email = process.env.BENCH_STAFF_EMAIL || "bench-staff@chinook.test"
  const password = process.env.BENCH_STAFF_PASSWORD
  if (!password) throw new Error("BENCH_STAFF_PASSWORD is not set")
  const { created } = await ensureStaffLogin(container, { email, password, first_name: "Bench", last_name: "Staff" })
  console.log(`BENCH_STAFF=${email} ${created ? "created" : "exists"}`)
}
