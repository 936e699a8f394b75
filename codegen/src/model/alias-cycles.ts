import { escapePointerToken, schemaNameOfRef } from "../load/json-pointer.js";
import { isObject, report, type JsonObject, type SpecContext } from "./spec-context.js";

/**
 * The schemas a schema *is* rather than *contains*: its `$ref`, the members of its
 * `allOf`/`oneOf`/`anyOf`, and its array `items`. TypeScript resolves these eagerly in
 * openapi-typescript's `components["schemas"]["X"]` form, so a cycle of them is a type defined
 * as itself (TS2502); a reference inside an object type (`properties`, `additionalProperties`)
 * is deferred, and recursion through it is fine.
 */
function aliasTargets(node: unknown, into: Set<string> = new Set()): Set<string> {
  if (!isObject(node)) return into;
  if (typeof node.$ref === "string") {
    const name = schemaNameOfRef(node.$ref);
    if (name !== undefined) into.add(name);
  }
  for (const key of ["allOf", "oneOf", "anyOf"]) {
    const members = node[key];
    if (Array.isArray(members)) members.forEach((member) => aliasTargets(member, into));
  }
  aliasTargets(node.items, into);
  return into;
}

/** Reports each cycle of aliases once, at its first schema in document order, as `A → B → A`. */
export function checkAliasCycles(context: SpecContext, schemas: JsonObject): void {
  const targets = new Map(Object.entries(schemas).map(([name, schema]) => [name, [...aliasTargets(schema)]]));
  const done = new Set<string>();
  const reported = new Set<string>();
  const visit = (name: string, stack: string[]): void => {
    const at = stack.indexOf(name);
    if (at >= 0) {
      const cycle = stack.slice(at);
      const first = [...cycle].sort((a, b) => order(a) - order(b))[0] ?? name;
      const key = [...cycle].sort().join("\u0000");
      if (!reported.has(key)) {
        reported.add(key);
        const from = cycle.indexOf(first);
        const path = [...cycle.slice(from), ...cycle.slice(0, from), first];
        report(
          context,
          `/components/schemas/${escapePointerToken(first)}`,
          `schema "${first}" is defined as itself through $ref/allOf/oneOf/anyOf/items (${path.join(" → ")}); ` +
            "a recursive schema must recurse through an object property",
        );
      }
      return;
    }
    if (done.has(name) || !targets.has(name)) return;
    stack.push(name);
    for (const target of targets.get(name) ?? []) visit(target, stack);
    stack.pop();
    done.add(name);
  };
  const names = [...targets.keys()];
  const order = (name: string) => names.indexOf(name);
  for (const name of names) visit(name, []);
}
