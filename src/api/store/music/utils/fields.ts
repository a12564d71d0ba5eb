import { z } from "@medusajs/framework/zod"

/*
 * `fields` on our store routes picks among what the route's shape holds and
 * nothing else: Medusa's Query would follow any linked path (orders, carts,
 * customers) and its own allow-list drops unknown fields silently; here an
 * unknown field is a 400 naming it.
 */

/** The closure of leaf paths: "artist.name" also allows "artist", "*artist" and "artist.*". */
function relationsOf(allowed: readonly string[]) {
  const relations = new Set<string>()
  for (const path of allowed) {
    const parts = path.split(".")
    for (let i = 1; i < parts.length; i++) relations.add(parts.slice(0, i).join("."))
  }
  return relations
}

/** What a route offers: its default fields and everything `fields` may name. */
export function shape(allowed: readonly string[]) {
  const relations = relationsOf(allowed)
  return {
    defaults: [...allowed],
    allowed: [...allowed, ...relations, ...[...relations].map((r) => `${r}.*`)],
    param: z
      .string()
      .max(1000)
      .optional()
      .superRefine((value, ctx) => {
        for (const raw of (value ?? "").split(",")) {
          const field = raw.trim().replace(/^[+-]/, "")
          if (!field) continue
          const path = field.startsWith("*") ? field.slice(1) : field.endsWith(".*") ? field.slice(0, -2) : field
          if (!allowed.includes(path) && !relations.has(path)) {
            ctx.addIssue({
              code: "custom",
              message: `fields: "${field}" is not available here; choose from ${allowed.join(", ")}`,
            })
            return
          }
        }
      }),
  }
}

/** For routes whose answer has a fixed shape: any `fields` is refused. */
export const noFields = z
  .string()
  .optional()
  .refine((v) => v === undefined, { message: "fields: this route's answer has a fixed shape; fields is not supported" })

type Tree = { [key: string]: Tree | true }

function treeOf(fields: string[]): Tree {
  const tree: Tree = {}
  for (const f of fields) {
    const path = f.startsWith("*") ? `${f.slice(1)}.*` : f
    const parts = path.split(".")
    let node = tree
    parts.forEach((p, i) => {
      if (p === "*") return
      if (i === parts.length - 1 || parts[i + 1] === "*") {
        node[p] = true
      } else {
        if (node[p] === true) return
        node = (node[p] = (node[p] as Tree) ?? {}) as Tree
      }
    })
  }
  return tree
}

function pick(value: any, tree: Tree | true): any {
  if (tree === true || value === null || typeof value !== "object") return value
  if (Array.isArray(value)) return value.map((v) => pick(v, tree))
  const out: Record<string, unknown> = {}
  for (const [key, sub] of Object.entries(tree)) if (key in value) out[key] = pick(value[key], sub)
  return out
}

/** Keeps of each object only the fields asked for (as Query would have returned them). */
export function project<T>(value: T, fields: string[] | undefined): T {
  if (!fields?.length) return value
  return pick(value, treeOf(fields))
}
