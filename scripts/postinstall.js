// `npm install` at the root also installs the storefront, which has its own
// package.json and lockfile (its React differs from the admin's).
const { spawnSync } = require("node:child_process")
const fs = require("node:fs")
const path = require("node:path")

const dir = path.join(__dirname, "..", "storefront")
if (fs.existsSync(path.join(dir, "package-lock.json"))) {
  console.log("Installing the storefront's packages (storefront/)...")
  const res = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: dir, stdio: "inherit" })
  process.exit(res.status ?? 1)
}
