import { isObject, type JsonObject } from "../model/spec-context.js";
import { compareAnnotations, pointerTo } from "./annotation-compare.js";
import { recorder, type Recorder, type Side, type Where } from "./changes.js";
import type { CompareContext } from "./compare-context.js";
import { flattened, refName, resolved, shapeKind } from "./schema-shape.js";
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
  if (oldName === undefined || newName === undefined)
    return [...ids, ...compareResolved(context, oldNode, newNode, where, side)];
  context.reached.old.add(oldName);
  context.reached.new.add(newName);
  const key = `${oldName}>${newName}@${side}`;
  const memoized = context.memo.get(key);
  if (memoized) return [...ids, ...memoized];
  if (context.inProgress.has(key)) return ids;
  context.inProgress.add(key);
  const named = {
    location: oldName === newName ? newName : `${newName} (was ${oldName})`,
    oldPointer: pointerTo(context.old.schemasPointer, oldName),
    newPointer: pointerTo(context.new.schemasPointer, newName),
  };
  const inner = compareResolved(context, oldNode, newNode, named, side);
  context.inProgress.delete(key);
  context.memo.set(key, inner);
  return [...ids, ...inner];
}

function compareResolved(
  context: CompareContext,
  oldRaw: JsonObject,
  newRaw: JsonObject,
  where: Where,
  side: Side,
): string[] {
  const ids = compareAnnotations(context, oldRaw, newRaw, where, side);
  const record = recorder(context.log, where, side, ids);
  const oldNode = flattened(context.old, oldRaw);
  const newNode = flattened(context.new, newRaw);
  const [oldKind, newKind] = [shapeKind(oldNode), shapeKind(newNode)];
  if (oldKind !== newKind) {
    record("type-changed", `type changed from ${oldKind} to ${newKind}`, { old: oldKind, new: newKind });
    return ids;
  }
  if (oldNode.format !== newNode.format) {
    const message =
      oldNode.format === undefined
        ? `format "${String(newNode.format)}" added`
        : `format changed from "${String(oldNode.format)}" to "${String(newNode.format ?? "none")}"`;
    record("format-changed", message, { old: oldNode.format, new: newNode.format });
  }
  compareEnums(oldNode, newNode, where, record);
  if (oldKind === "array") {
    const items = {
      location: `${where.location}[]`,
      oldPointer: pointerTo(where.oldPointer, "items"),
      newPointer: pointerTo(where.newPointer, "items"),
    };
    ids.push(...compareSchemas(context, oldNode.items, newNode.items, items, side));
  } else if (oldKind === "object") {
    ids.push(...compareProperties(context, oldNode, newNode, where, side));
  } else if (oldKind === "union") {
    ids.push(...compareUnions(context, oldNode, newNode, where, side, record));
  }
  return ids;
}

const listValues = (values: unknown[]) => {
  const shown = values.slice(0, 4).map((value) => JSON.stringify(value));
  return `${values.length === 1 ? "the value" : `${values.length} values`} ${shown.join(", ")}${values.length > shown.length ? ", …" : ""}`;
};

function compareEnums(oldNode: JsonObject, newNode: JsonObject, where: Where, record: Recorder): void {
  const pointers = { old: pointerTo(where.oldPointer, "enum"), new: pointerTo(where.newPointer, "enum") };
  const oldValues = Array.isArray(oldNode.enum) ? oldNode.enum : undefined;
  const newValues = Array.isArray(newNode.enum) ? newNode.enum : undefined;
  if (!oldValues && newValues) {
    record("enum-restricted", `restricted to ${listValues(newValues)}`, { values: newValues }, pointers);
  } else if (oldValues && !newValues) {
    record("enum-unrestricted", "no longer restricted to a list of values", { values: oldValues }, pointers);
  } else if (oldValues && newValues) {
    for (const value of oldValues.filter((candidate) => !newValues.includes(candidate))) {
      record("enum-value-removed", `enum value ${JSON.stringify(value)} removed`, { value }, pointers);
    }
    for (const value of newValues.filter((candidate) => !oldValues.includes(candidate))) {
      record("enum-value-added", `enum value ${JSON.stringify(value)} added`, { value }, pointers);
    }
  }
}

function compareProperties(
  context: CompareContext,
  oldNode: JsonObject,
  newNode: JsonObject,
  where: Where,
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
      oldPointer: name in oldProperties ? pointerTo(where.oldPointer, "properties", name) : undefined,
      newPointer: name in newProperties ? pointerTo(where.newPointer, "properties", name) : undefined,
    };
    const record = recorder(context.log, property, side, ids);
    if (!(name in newProperties)) {
      record("property-removed", "property removed", { name, required: oldRequired.has(name) });
    } else if (!(name in oldProperties)) {
      const required = newRequired.has(name);
      record("property-added", `${required ? "required" : "optional"} property added`, { name, required });
    } else {
      if (oldRequired.has(name) !== newRequired.has(name)) {
        const nowRequired = newRequired.has(name);
        record(
          nowRequired ? "property-became-required" : "property-became-optional",
          nowRequired ? "optional → required" : "required → optional",
          {
            name,
          },
        );
      }
      ids.push(...compareSchemas(context, oldProperties[name], newProperties[name], property, side));
    }
  }
  return ids;
}
