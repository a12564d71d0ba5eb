// Imports one small, dependency-free TypeScript module from src/ (such as
// src/lib/provider-env.ts) into the plain-Node scripts, so both sides share
// one definition. @swc/core is already installed for jest and Medusa.
import fs from "node:fs"
import { transformSync } from "@swc/core"

export async function importTs(file) {
  const { code } = transformSync(fs.readFileSync(file, "utf8"), {
    filename: file,
    jsc: { parser: { syntax: "typescript" }, target: "es2022" },
    module: { type: "es6" },
  })
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)
}
