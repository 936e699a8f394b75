import { appendPointer } from "../load/json-pointer.js";
import { DOCUMENTATION_KEYS } from "../model/docs.js";
import { compareAnnotations } from "./annotation-compare.js";
import { recorder, type Side, type Where } from "./changes.js";
import type { CompareContext } from "./compare-context.js";
import { compareSchemas } from "./schema-compare.js";
import type { OperationView, ParameterView } from "./spec-view.js";

const requiredness = (required: boolean) => (required ? "optional → required" : "required → optional");

function compareParameters(
  context: CompareContext,
  before: OperationView,
  after: OperationView,
  ids: string[],
): void {
  const key = (parameter: ParameterView) => `${parameter.in} ${parameter.name}`;
  const oldParameters = new Map(before.parameters.map((parameter) => [key(parameter), parameter]));
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
      record("parameter-removed", "parameter removed", { name, required: previous.required });
    } else if (current && !previous) {
      record("parameter-added", `${current.required ? "required" : "optional"} parameter added`, {
        name,
        required: current.required,
      });
    } else if (previous && current) {
      if (previous.required !== current.required) {
        record(
          current.required ? "parameter-became-required" : "parameter-became-optional",
          requiredness(current.required),
          { name },
        );
      }
      // A parameter's own docs sit beside its schema (a Swagger 2.0 parameter without one is its own schema).
      if (previous.schema !== previous.node || current.schema !== current.node) {
        ids.push(...compareAnnotations(context, previous.node, current.node, where, "request"));
      }
      ids.push(...compareSchemas(context, previous.schema, current.schema, where, "request"));
    }
  }
}

/** Bodies by media type: a type no longer served or accepted, a new one, or the schemas compared. */
function compareContent(
  context: CompareContext,
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  where: Where,
  side: Side,
  ids: string[],
): void {
  const record = recorder(context.log, where, side, ids);
  for (const type of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!(type in after)) record("content-type-removed", `${type} removed`, { contentType: type });
    else if (!(type in before)) record("content-type-added", `${type} added`, { contentType: type });
    else ids.push(...compareSchemas(context, before[type], after[type], where, side));
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
    oldPointer: appendPointer(before.pointer, "requestBody"),
    newPointer: appendPointer(after.pointer, "requestBody"),
  };
  const record = recorder(context.log, where, "request", ids);
  const [previous, current] = [before.requestBody, after.requestBody];
  if (previous && !current) {
    record("request-body-removed", "request body removed");
  } else if (current && !previous) {
    record("request-body-added", `${current.required ? "required" : "optional"} request body added`, {
      required: current.required,
    });
  } else if (previous && current) {
    if (previous.required !== current.required) {
      record(
        current.required ? "request-body-became-required" : "request-body-became-optional",
        requiredness(current.required),
      );
    }
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
    const where = {
      location: `${after.key} response ${status}`,
      oldPointer: appendPointer(before.pointer, "responses", status),
      newPointer: appendPointer(after.pointer, "responses", status),
    };
    const record = recorder(context.log, where, "response", ids);
    const [previous, current] = [before.responses[status], after.responses[status]];
    if (previous && !current) record("response-removed", `response ${status} removed`, { status });
    else if (current && !previous) record("response-added", `response ${status} added`, { status });
    else if (previous && current) compareContent(context, previous, current, where, "response", ids);
  }
}

/** What changed about an operation itself: its presence, its stability, its docs. */
function compareOperationItself(
  context: CompareContext,
  key: string,
  before: OperationView | undefined,
  after: OperationView | undefined,
): string[] {
  const ids: string[] = [];
  const where = { location: key, oldPointer: before?.pointer, newPointer: after?.pointer };
  const record = recorder(context.log, where, undefined, ids);
  if (before && !after) {
    // The published file is filtered for documentation visibility: "removed" may mean hidden, and breaks clients all the same.
    record("operation-removed", "operation removed from the published spec", {
      operationId: before.operationId,
    });
  } else if (after && !before) {
    record("operation-added", "operation added", { operationId: after.operationId });
  } else if (before && after) {
    if (before.unstable !== after.unstable) {
      const message = after.unstable
        ? "marked x-portone-unstable"
        : "no longer x-portone-unstable: now stable";
      record(after.unstable ? "operation-became-unstable" : "operation-became-stable", message);
    }
    if (before.security !== after.security)
      record("security-changed", `authentication changed: ${before.security} → ${after.security}`, {
        old: before.security,
        new: after.security,
      });
    const changed = DOCUMENTATION_KEYS.filter(
      (field) => JSON.stringify(before.node[field]) !== JSON.stringify(after.node[field]),
    );
    if (changed.length > 0)
      record("documentation", `documentation changed (${changed.join(", ")})`, { fields: changed });
  }
  return ids;
}

/** Compares every operation of both specs, attributing each change it reaches to the operation and side. */
export function compareOperations(context: CompareContext): void {
  const keys = [...new Set([...context.old.operations.keys(), ...context.new.operations.keys()])].sort();
  for (const key of keys) {
    const before = context.old.operations.get(key);
    const after = context.new.operations.get(key);
    const requestIds = compareOperationItself(context, key, before, after);
    const responseIds: string[] = [];
    if (before && after) {
      compareParameters(context, before, after, requestIds);
      compareBodies(context, before, after, requestIds);
      compareResponses(context, before, after, responseIds);
    }
    context.log.attribute(requestIds, key, "request");
    context.log.attribute(responseIds, key, "response");
  }
}
