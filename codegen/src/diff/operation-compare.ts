import { appendPointer } from "../load/json-pointer.js";
import { DOCUMENTATION_KEYS } from "../model/docs.js";
import { compareAnnotations } from "./annotation-compare.js";
import { recorder, type Side, type Where } from "./changes.js";
import type { CompareContext } from "./compare-context.js";
import { documentation } from "./rules/document-rules.js";
import {
  operationAdded,
  operationBecameStable,
  operationBecameUnstable,
  operationRemoved,
  pathVariableRenamed,
  securityChanged,
} from "./rules/operation-rules.js";
import {
  parameterAdded,
  parameterBecameOptional,
  parameterBecameRequired,
  parameterRemoved,
  requestBodyAdded,
  requestBodyBecameOptional,
  requestBodyBecameRequired,
  requestBodyRemoved,
} from "./rules/request-rules.js";
import {
  contentTypeAdded,
  contentTypeRemoved,
  responseAdded,
  responseRemoved,
} from "./rules/response-rules.js";
import { compareSchemas } from "./schema-compare.js";
import type { ContentView, OperationView, ParameterView } from "./spec-view.js";

/** The pointer of an operation's `field`, or of the operation where it has none: pointers resolve. */
const pointerIfThere = (view: OperationView, field: string) =>
  Object.hasOwn(view.node, field) ? appendPointer(view.pointer, field) : view.pointer;

/** Path variables by name in the old template, to their name in the new one (the same where unchanged). */
type PathVariables = ReadonlyMap<string, string>;

function compareParameters(
  context: CompareContext,
  before: OperationView,
  after: OperationView,
  renamed: PathVariables,
  ids: string[],
): void {
  const key = (parameter: ParameterView) => `${parameter.in} ${parameter.name}`;
  // An old path variable is matched under its new name: a renamed variable is the same parameter.
  const oldKey = (parameter: ParameterView) =>
    parameter.in === "path" ? `path ${renamed.get(parameter.name) ?? parameter.name}` : key(parameter);
  const oldParameters = new Map(before.parameters.map((parameter) => [oldKey(parameter), parameter]));
  const newParameters = new Map(after.parameters.map((parameter) => [key(parameter), parameter]));
  for (const name of new Set([...oldParameters.keys(), ...newParameters.keys()])) {
    const [previous, current] = [oldParameters.get(name), newParameters.get(name)];
    const where = {
      location: `${after.key} parameter ${name}`,
      oldPointer: previous?.pointer,
      newPointer: current?.pointer,
    };
    const record = recorder(context.log, where, "request", ids);
    if (previous && !current) {
      record(parameterRemoved, { name, required: previous.required });
    } else if (current && !previous) {
      record(parameterAdded, { name, required: current.required });
    } else if (previous && current) {
      if (previous.required !== current.required)
        record(current.required ? parameterBecameRequired : parameterBecameOptional, { name });
      // A parameter's own docs sit beside its schema (a Swagger 2.0 parameter without one is its own schema).
      if (previous.schema !== previous.node || current.schema !== current.node) {
        ids.push(...compareAnnotations(context, previous.node, current.node, where, "request"));
      }
      const schemaWhere = { ...where, oldPointer: previous.schemaPointer, newPointer: current.schemaPointer };
      ids.push(...compareSchemas(context, previous.schema, current.schema, schemaWhere, "request"));
    }
  }
}

/** Bodies by media type: a type no longer served or accepted, a new one, or the schemas compared. */
function compareContent(
  context: CompareContext,
  before: ContentView,
  after: ContentView,
  where: Where,
  side: Side,
  ids: string[],
): void {
  const record = recorder(context.log, where, side, ids);
  for (const type of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [previous, current] = [before[type], after[type]];
    if (!current) record(contentTypeRemoved, { contentType: type });
    else if (!previous) record(contentTypeAdded, { contentType: type });
    else {
      const schemaWhere = { ...where, oldPointer: previous.pointer, newPointer: current.pointer };
      ids.push(...compareSchemas(context, previous.schema, current.schema, schemaWhere, side));
    }
  }
}

function compareBodies(
  context: CompareContext,
  before: OperationView,
  after: OperationView,
  ids: string[],
): void {
  const where = {
    location: `${after.key} request body`,
    oldPointer: pointerIfThere(before, "requestBody"),
    newPointer: pointerIfThere(after, "requestBody"),
  };
  const record = recorder(context.log, where, "request", ids);
  const [previous, current] = [before.requestBody, after.requestBody];
  if (previous && !current) {
    record(requestBodyRemoved, {});
  } else if (current && !previous) {
    record(requestBodyAdded, { required: current.required });
  } else if (previous && current) {
    if (previous.required !== current.required)
      record(current.required ? requestBodyBecameRequired : requestBodyBecameOptional, {});
    compareContent(context, previous.content, current.content, where, "request", ids);
  }
}

function compareResponses(
  context: CompareContext,
  before: OperationView,
  after: OperationView,
  ids: string[],
): void {
  for (const status of new Set([...Object.keys(before.responses), ...Object.keys(after.responses)])) {
    const [previous, current] = [before.responses[status], after.responses[status]];
    // A response one side lacks is pointed at by that side's responses.
    const pointer = (view: OperationView, has: boolean) =>
      has ? appendPointer(view.pointer, "responses", status) : pointerIfThere(view, "responses");
    const where = {
      location: `${after.key} response ${status}`,
      oldPointer: pointer(before, previous !== undefined),
      newPointer: pointer(after, current !== undefined),
    };
    const record = recorder(context.log, where, "response", ids);
    if (previous && !current) record(responseRemoved, { status });
    else if (current && !previous) record(responseAdded, { status });
    else if (previous && current) compareContent(context, previous, current, where, "response", ids);
  }
}

/** What changed about an operation itself: its presence, its stability, its docs. */
function compareOperationItself(
  context: CompareContext,
  key: string,
  before: OperationView | undefined,
  after: OperationView | undefined,
  renamed: PathVariables,
): string[] {
  const ids: string[] = [];
  const where = { location: key, oldPointer: before?.pointer, newPointer: after?.pointer };
  const record = recorder(context.log, where, undefined, ids);
  const renames = [...renamed].filter(([was, now]) => was !== now);
  if (before && renames.length > 0) record(pathVariableRenamed, { oldPath: before.path, renamed: renames });
  if (before && !after) {
    record(operationRemoved, { operationId: before.operationId });
  } else if (after && !before) {
    record(operationAdded, { operationId: after.operationId });
  } else if (before && after) {
    if (before.unstable !== after.unstable)
      record(after.unstable ? operationBecameUnstable : operationBecameStable, {});
    if (before.security !== after.security)
      record(securityChanged, { old: before.security, new: after.security });
    const changed = DOCUMENTATION_KEYS.filter(
      (field) => JSON.stringify(before.node[field]) !== JSON.stringify(after.node[field]),
    );
    if (changed.length > 0) record(documentation, { fields: changed });
  }
  return ids;
}

const variablesOf = (path: string) => [...path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]!);
const templateOf = (view: OperationView) => `${view.method} ${view.path.replace(/\{[^}]*\}/g, "{}")}`;

/**
 * Operations that only renamed path variables (`/billing-keys/{id}` → `/billing-keys/{billingKey}`):
 * the same URL on the wire, so the same operation. By old key, the new key; a template that
 * several operations on one side share is left unmatched.
 */
function renamedOperations(context: CompareContext): Map<string, string> {
  const unmatched = (own: ReadonlyMap<string, OperationView>, other: ReadonlyMap<string, OperationView>) => {
    const byTemplate = new Map<string, string | null>();
    for (const [key, view] of own) {
      if (other.has(key)) continue;
      const template = templateOf(view);
      byTemplate.set(template, byTemplate.has(template) ? null : key);
    }
    return byTemplate;
  };
  const added = unmatched(context.new.operations, context.old.operations);
  const renamed = new Map<string, string>();
  for (const [template, oldKey] of unmatched(context.old.operations, context.new.operations)) {
    const newKey = added.get(template);
    if (oldKey !== null && newKey !== undefined && newKey !== null) renamed.set(oldKey, newKey);
  }
  return renamed;
}

/** Compares every operation of both specs, attributing each change it reaches to the operation and side. */
export function compareOperations(context: CompareContext): void {
  const renamed = renamedOperations(context);
  const renamedTo = new Set(renamed.values());
  const keys = [...new Set([...context.old.operations.keys(), ...context.new.operations.keys()])]
    .filter((key) => !renamed.has(key) && !renamedTo.has(key))
    .map((key) => [key, key] as const);
  const pairs = [...keys, ...renamed].sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [oldKey, key] of pairs) {
    const before = context.old.operations.get(oldKey);
    const after = context.new.operations.get(key);
    const variables: PathVariables = new Map(
      before && after
        ? variablesOf(before.path).map((name, index) => [name, variablesOf(after.path)[index] ?? name])
        : [],
    );
    const requestIds = compareOperationItself(context, key, before, after, variables);
    const responseIds: string[] = [];
    if (before && after) {
      compareParameters(context, before, after, variables, requestIds);
      compareBodies(context, before, after, requestIds);
      compareResponses(context, before, after, responseIds);
    }
    context.log.attribute(requestIds, key, "request");
    context.log.attribute(responseIds, key, "response");
  }
}
