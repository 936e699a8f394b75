import { isObject, type JsonObject } from "../model/spec-context.js";
import type { Recorder, Side, Where } from "./changes.js";
import type { CompareContext } from "./compare-context.js";
import {
  discriminatorValueRenamed,
  typeChanged,
  unionCaseAdded,
  unionCaseRemoved,
} from "./rules/schema-rules.js";
import { compareSchemas } from "./schema-compare.js";
import { unionCases } from "./schema-shape.js";

/**
 * Compares two `oneOf`s case by case, matched by tag. A tag that disappears while another
 * appears for the same case schema is a renamed discriminator value (an error `type` clients
 * switch on), not a removal and an addition.
 */
export function compareUnions(
  context: CompareContext,
  oldNode: JsonObject,
  newNode: JsonObject,
  where: Where,
  side: Side,
  record: Recorder,
): string[] {
  const oldTag = isObject(oldNode.discriminator) ? oldNode.discriminator.propertyName : undefined;
  const newTag = isObject(newNode.discriminator) ? newNode.discriminator.propertyName : undefined;
  if (oldTag !== newTag) {
    record(typeChanged, { old: oldTag, new: newTag, of: "discriminator" });
    return [];
  }
  const before = unionCases(context.old, oldNode);
  const after = unionCases(context.new, newNode);
  const added = new Set([...after.keys()].filter((tag) => !before.has(tag)));
  for (const [tag, { target }] of before) {
    if (after.has(tag)) continue;
    const renamedTo =
      target === undefined
        ? undefined
        : [...added].find((candidate) => after.get(candidate)?.target === target);
    if (target === undefined || renamedTo === undefined) {
      record(unionCaseRemoved, { tag });
      continue;
    }
    added.delete(renamedTo);
    record(discriminatorValueRenamed, { tag, renamedTo, schema: target });
  }
  for (const tag of added) record(unionCaseAdded, { tag });
  const ids: string[] = [];
  for (const [tag, oldCase] of before) {
    const newCase = after.get(tag);
    if (!newCase) continue;
    const caseWhere = {
      location: `${where.location}<${tag}>`,
      schema: where.schema,
      oldPointer: where.oldPointer,
      newPointer: where.newPointer,
    };
    ids.push(...compareSchemas(context, oldCase.schema, newCase.schema, caseWhere, side));
  }
  return ids;
}
