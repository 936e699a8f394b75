import { isObject, type JsonObject } from "../model/spec-context.js";
import { compareAnnotations, keyPointers, pointerTo, sameJson } from "./annotation-compare.js";
import { recorder, type Recorder, type Side, type Where } from "./changes.js";
import type { CompareContext } from "./compare-context.js";
import {
  defaultChanged,
  enumRestricted,
  enumUnrestricted,
  enumValueAdded,
  enumValueRemoved,
  formatChanged,
  propertyAdded,
  propertyBecameOptional,
  propertyBecameRequired,
  propertyRemoved,
  typeChanged,
} from "./rules/schema-rules.js";
import { flattened, propertyPointers, refName, resolved, shapeKind } from "./schema-shape.js";
import type { SpecView } from "./spec-view.js";
import { compareUnions } from "./union-compare.js";

function checkRef(
  context: CompareContext,
  view: SpecView,
  schema: unknown,
  pointer: string | undefined,
): void {
  if (!isObject(schema) || typeof schema.$ref !== "string" || view.resolve(schema.$ref) !== undefined) return;
  const problem = {
    file: view.source.file,
    pointer: pointer ?? "",
    message: `$ref "${schema.$ref}" points to nothing in this document`,
  };
  if (!context.problems.some((known) => known.file === problem.file && known.pointer === problem.pointer)) {
    context.problems.push(problem);
  }
}

/**
 * Compares two schemas structurally and records what changed beneath them; returns the ids of
 * those changes. Schemas are compared by shape, not by `$ref` name, so a renamed component of
 * the same shape is no change. A pair of named components is compared once per side.
 */
export function compareSchemas(
  context: CompareContext,
  oldSchema: unknown,
  newSchema: unknown,
  where: Where,
  side: Side,
): string[] {
  checkRef(context, context.old, oldSchema, where.oldPointer);
  checkRef(context, context.new, newSchema, where.newPointer);
  const oldName = refName(context.old, oldSchema);
  const newName = refName(context.new, newSchema);
  const ids: string[] = [];
  if (isObject(oldSchema) && isObject(newSchema) && (oldName !== undefined || newName !== undefined)) {
    // A property's own docs beside its `$ref` belong to the property.
    ids.push(...compareAnnotations(context, oldSchema, newSchema, where, side));
  }
  const [oldNode, newNode] = [resolved(context.old, oldSchema), resolved(context.new, newSchema)];
  if (oldName === undefined || newName === undefined) {
    // A named schema on one side only (a free string that became an enum by `$ref`): what is in
    // it is pointed at where it is defined.
    const sides = {
      ...where,
      oldPointer: oldName === undefined ? where.oldPointer : pointerTo(context.old.schemasPointer, oldName),
      newPointer: newName === undefined ? where.newPointer : pointerTo(context.new.schemasPointer, newName),
    };
    const original = { old: oldSchema, new: newSchema };
    return [...ids, ...compareResolved(context, oldNode, newNode, sides, side, original)];
  }
  context.reached.old.add(oldName);
  context.reached.new.add(newName);
  const key = `${oldName}>${newName}@${side}`;
  const memoized = context.memo.get(key);
  if (memoized) return [...ids, ...memoized];
  if (context.inProgress.has(key)) return ids;
  context.inProgress.add(key);
  const named = {
    location: oldName === newName ? newName : `${newName} (was ${oldName})`,
    schema: newName,
    oldPointer: pointerTo(context.old.schemasPointer, oldName),
    newPointer: pointerTo(context.new.schemasPointer, newName),
  };
  const inner = compareResolved(context, oldNode, newNode, named, side, { old: oldSchema, new: newSchema });
  context.inProgress.delete(key);
  context.memo.set(key, inner);
  return [...ids, ...inner];
}

/** The place of an array's items, on the sides that are arrays. */
function itemsOf(where: Where, arrays: "old" | "new" | "both"): Where {
  return {
    location: `${where.location}[]`,
    schema: where.schema,
    oldPointer: arrays === "new" ? where.oldPointer : pointerTo(where.oldPointer, "items"),
    newPointer: arrays === "old" ? where.newPointer : pointerTo(where.newPointer, "items"),
  };
}

function compareResolved(
  context: CompareContext,
  oldRaw: JsonObject,
  newRaw: JsonObject,
  where: Where,
  side: Side,
  /** The schemas as written, `$ref`s and all. */
  original: { readonly old: unknown; readonly new: unknown },
): string[] {
  const ids = compareAnnotations(context, oldRaw, newRaw, where, side);
  const record = recorder(context.log, where, side, ids);
  const oldNode = flattened(context.old, oldRaw);
  const newNode = flattened(context.new, newRaw);
  const [oldKind, newKind] = [shapeKind(oldNode), shapeKind(newNode)];
  if (oldKind !== newKind) {
    record(typeChanged, { old: oldKind, new: newKind, of: "type" });
    // A value that became a list of itself (or the reverse; V1's `schedules`) still holds the
    // same schema: what changed inside it is this place's too, not unreferenced.
    if (newKind === "array" && shapeKind(resolved(context.new, newNode.items)) === oldKind)
      ids.push(...compareSchemas(context, original.old, newNode.items, itemsOf(where, "new"), side));
    else if (oldKind === "array" && shapeKind(resolved(context.old, oldNode.items)) === newKind)
      ids.push(...compareSchemas(context, oldNode.items, original.new, itemsOf(where, "old"), side));
    return ids;
  }
  if (oldNode.format !== newNode.format) record(formatChanged, { old: oldNode.format, new: newNode.format });
  if (!sameJson(oldNode.default, newNode.default))
    record(
      defaultChanged,
      { old: oldNode.default, new: newNode.default },
      keyPointers(where, oldNode, newNode, "default"),
    );
  compareEnums(oldNode, newNode, where, record);
  if (oldKind === "array") {
    ids.push(...compareSchemas(context, oldNode.items, newNode.items, itemsOf(where, "both"), side));
  } else if (oldKind === "object") {
    const pointers = {
      old:
        where.oldPointer === undefined ? undefined : propertyPointers(context.old, oldRaw, where.oldPointer),
      new:
        where.newPointer === undefined ? undefined : propertyPointers(context.new, newRaw, where.newPointer),
    };
    ids.push(...compareProperties(context, oldNode, newNode, where, pointers, side));
  } else if (oldKind === "union") {
    ids.push(...compareUnions(context, oldNode, newNode, where, side, record));
  }
  return ids;
}

function compareEnums(oldNode: JsonObject, newNode: JsonObject, where: Where, record: Recorder): void {
  const oldValues = Array.isArray(oldNode.enum) ? oldNode.enum : undefined;
  const newValues = Array.isArray(newNode.enum) ? newNode.enum : undefined;
  const pointers = keyPointers(where, oldNode, newNode, "enum");
  if (!oldValues && newValues) {
    record(enumRestricted, { values: newValues }, pointers);
  } else if (oldValues && !newValues) {
    record(enumUnrestricted, { values: oldValues }, pointers);
  } else if (oldValues && newValues) {
    for (const value of oldValues.filter((candidate) => !newValues.includes(candidate))) {
      record(enumValueRemoved, { value }, pointers);
    }
    for (const value of newValues.filter((candidate) => !oldValues.includes(candidate))) {
      record(enumValueAdded, { value }, pointers);
    }
  }
}

function compareProperties(
  context: CompareContext,
  oldNode: JsonObject,
  newNode: JsonObject,
  where: Where,
  pointers: { readonly old?: ReadonlyMap<string, string>; readonly new?: ReadonlyMap<string, string> },
  side: Side,
): string[] {
  const ids: string[] = [];
  const oldProperties = isObject(oldNode.properties) ? oldNode.properties : {};
  const newProperties = isObject(newNode.properties) ? newNode.properties : {};
  const oldRequired = new Set(Array.isArray(oldNode.required) ? oldNode.required.map(String) : []);
  const newRequired = new Set(Array.isArray(newNode.required) ? newNode.required.map(String) : []);
  for (const name of new Set([...Object.keys(oldProperties), ...Object.keys(newProperties)])) {
    const property = {
      location: `${where.location}.${name}`,
      schema: where.schema,
      oldPointer: name in oldProperties ? pointers.old?.get(name) : undefined,
      newPointer: name in newProperties ? pointers.new?.get(name) : undefined,
    };
    const record = recorder(context.log, property, side, ids);
    if (!(name in newProperties)) {
      record(propertyRemoved, { name, required: oldRequired.has(name) });
    } else if (!(name in oldProperties)) {
      record(propertyAdded, { name, required: newRequired.has(name) });
    } else {
      if (oldRequired.has(name) !== newRequired.has(name))
        record(newRequired.has(name) ? propertyBecameRequired : propertyBecameOptional, { name });
      ids.push(...compareSchemas(context, oldProperties[name], newProperties[name], property, side));
    }
  }
  return ids;
}
