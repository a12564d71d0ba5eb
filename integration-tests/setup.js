const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

// Each test file loads the modules afresh; stale entity metadata from a
// previous file would otherwise leak into the next one.
MetadataStorage.clear()

// The suite logs in, registers and asks for password resets from 127.0.0.1
// (and with the same fixture addresses) hundreds of times: its login limits
// are generous unless a file sets its own (rate-limits.spec.ts does), and each
// file counts under its own Redis prefix so no file inherits another's counts.
for (const name of ["LOGIN_ACCOUNT", "LOGIN_IP", "RESET_ACCOUNT", "RESET_IP", "REGISTER_IP"]) {
  process.env[`AUTH_${name}_LIMIT`] ??= "1000000"
}
process.env.AUTH_RATE_LIMIT_PREFIX ??= `chinook:test-rl:${process.pid}:${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
