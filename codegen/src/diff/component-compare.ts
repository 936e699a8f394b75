import { pointerTo } from "./annotation-compare.js";
import { recorder } from "./changes.js";
import type { CompareContext } from "./compare-context.js";
import { schemaAdded, schemaRemoved } from "./rules/document-rules.js";
import { compareSchemas } from "./schema-compare.js";

/**
 * After the operations: records named schemas added and removed, and compares those no
 * operation reached in either document, so changes inside them are reported (as unreferenced,
 * never breaking).
 */
export function compareUnreachedSchemas(context: CompareContext): void {
  const ignored: string[] = [];
  const reached = new Set([...context.reached.old, ...context.reached.new]);
  for (const name of Object.keys(context.old.schemas)) {
    const where = { location: name, schema: name, oldPointer: pointerTo(context.old.schemasPointer, name) };
    if (!Object.hasOwn(context.new.schemas, name)) {
      recorder(context.log, where, undefined, ignored)(schemaRemoved, { name }, { old: where.oldPointer });
    } else if (!reached.has(name)) {
      const ref = (prefix: string) => ({ $ref: `${prefix}${name}` });
      compareSchemas(
        context,
        ref(context.old.schemaRefPrefix),
        ref(context.new.schemaRefPrefix),
        where,
        "response",
      );
    }
  }
  for (const name of Object.keys(context.new.schemas)) {
    if (Object.hasOwn(context.old.schemas, name)) continue;
    const where = { location: name, schema: name, newPointer: pointerTo(context.new.schemasPointer, name) };
    recorder(context.log, where, undefined, ignored)(schemaAdded, { name }, { new: where.newPointer });
  }
}
