import { escapePointerToken, schemaNameOfRef } from "../load/json-pointer.js";
import { docsOf } from "./docs.js";
import type { CallResult, InputField, InputPlace, Operation, OperationCall } from "./model.js";
import { callInputName } from "./names.js";
import { categoryPath, deref, successResponse } from "./operations.js";
import { isObject, report, type JsonObject, type SpecContext } from "./spec-context.js";

const PLACE_ORDER: readonly InputPlace[] = ["path", "query", "body"];

function operationNode(context: SpecContext, operation: Operation): JsonObject {
  const paths = context.document.paths as JsonObject;
  return (paths[operation.path] as JsonObject)[operation.method] as JsonObject;
}

interface BodyShape {
  readonly travels: OperationCall["body"];
  readonly schemaName: string | undefined;
  readonly schema: JsonObject | undefined;
  readonly required: boolean;
  readonly pointer: string;
}

function jsonSchemaOf(holder: JsonObject | undefined): unknown {
  const content = isObject(holder?.content) ? holder.content : undefined;
  const media = content?.["application/json"];
  return isObject(media) ? media.schema : undefined;
}

/** The body fields' source: the request body, or the schema of the query-or-body parameter. */
function bodyShape(context: SpecContext, operation: Operation, node: JsonObject, pointer: string): BodyShape {
  if (operation.queryOrBody) {
    const parameter = (Array.isArray(node.parameters) ? node.parameters : [])
      .map((raw) => deref(context, raw))
      .find((candidate) => candidate?.name === operation.queryOrBody?.parameter && candidate?.in === "query");
    const raw = jsonSchemaOf(parameter);
    return {
      travels: "query",
      schemaName: isObject(raw) && typeof raw.$ref === "string" ? schemaNameOfRef(raw.$ref) : undefined,
      schema: deref(context, raw),
      required: operation.queryOrBody.required,
      pointer,
    };
  }
  const requestBody = deref(context, node.requestBody);
  if (requestBody === undefined) {
    return { travels: undefined, schemaName: undefined, schema: undefined, required: false, pointer };
  }
  const raw = jsonSchemaOf(requestBody);
  return {
    travels: "json",
    schemaName: isObject(raw) && typeof raw.$ref === "string" ? schemaNameOfRef(raw.$ref) : undefined,
    schema: deref(context, raw),
    required: requestBody.required === true,
    pointer: `${pointer}/requestBody`,
  };
}

function parameterFields(context: SpecContext, operation: Operation, node: JsonObject): InputField[] {
  const fields: InputField[] = [];
  for (const raw of Array.isArray(node.parameters) ? node.parameters : []) {
    const parameter = deref(context, raw);
    if (!parameter || typeof parameter.name !== "string") continue;
    if (parameter.in !== "path" && parameter.in !== "query") continue;
    if (parameter.in === "query" && parameter.name === operation.queryOrBody?.parameter) continue;
    fields.push({
      name: parameter.name,
      wireName: parameter.name,
      place: parameter.in,
      // The client fills in a query `storeId` itself.
      required:
        parameter.in === "path" ||
        (parameter.required === true && !(parameter.name === "storeId" && operation.storeId === "query")),
      docs: docsOf(parameter, context.docs),
    });
  }
  return fields;
}

function bodyFields(context: SpecContext, operation: Operation, body: BodyShape): InputField[] {
  if (body.travels === undefined) return [];
  const schema = body.schema;
  const properties = isObject(schema?.properties) ? schema.properties : undefined;
  const empty = schema !== undefined && properties === undefined && schema.type === "object";
  if (properties === undefined) {
    // An unresolvable `$ref` is reported where it is found, not again here.
    if (schema !== undefined && !empty) {
      report(
        context,
        body.pointer,
        "the request body is not an object schema with properties, so the operation style cannot take its fields in a flat input",
      );
    }
    return [];
  }
  const required = new Set(Array.isArray(schema?.required) ? schema.required : []);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    wireName: name,
    place: "body" as const,
    // A field is required only where the body is: an optional body may be left out whole.
    required: body.required && required.has(name) && !(name === "storeId" && operation.storeId === "body"),
    docs: isObject(property) ? docsOf(property, context.docs) : {},
  }));
}

/**
 * A name used in two places keeps it for the first (path, then query, then body, as a path
 * parameter names the resource); the later one is prefixed by its place (`bodyStoreId`).
 * PortOne's spec has no such pair today; the rule makes a new one a compatible change.
 */
function resolveNameClashes(fields: readonly InputField[]): InputField[] {
  const taken = new Set<string>();
  const sorted = PLACE_ORDER.flatMap((place) => fields.filter((field) => field.place === place));
  return sorted.map((field) => {
    let name = field.name;
    if (taken.has(name)) name = `${field.place}${name[0]?.toUpperCase() ?? ""}${name.slice(1)}`;
    for (let n = 2; taken.has(name); n++) name = `${field.place}${field.name}${n}`;
    taken.add(name);
    return name === field.name ? field : { ...field, name };
  });
}

function resultOf(operation: Operation, node: JsonObject): CallResult {
  const type = operation.responseContentType;
  if (type === undefined) return { kind: "none" };
  if (type !== "application/json") return { kind: "text" };
  const success = successResponse(node);
  const schema = isObject(success?.response) ? jsonSchemaOf(success.response) : undefined;
  const name = isObject(schema) && typeof schema.$ref === "string" ? schemaNameOfRef(schema.$ref) : undefined;
  if (name !== undefined) return { kind: "schema", schema: name };
  return success === undefined ? { kind: "none" } : { kind: "inline", status: success.status };
}

function groupOf(operation: Operation): string[] {
  const path = categoryPath(operation.category, operation.path);
  return path.length > 0 ? path : [operation.entry];
}

/** Every V2 operation as the operation style calls it: its group, its flat input, its result. */
export function readOperationCalls(context: SpecContext, operations: readonly Operation[]): OperationCall[] {
  return operations.map((operation) => {
    const pointer = `/paths/${escapePointerToken(operation.path)}/${operation.method}`;
    const node = operationNode(context, operation);
    const body = bodyShape(context, operation, node, pointer);
    const fields = resolveNameClashes([
      ...parameterFields(context, operation, node),
      ...bodyFields(context, operation, body),
    ]);
    return {
      operationId: operation.operationId,
      group: groupOf(operation),
      inputName: callInputName(operation.operationId),
      fields,
      body: body.travels,
      bodySchema: body.schemaName,
      inputOptional: fields.every((field) => !field.required),
      result: resultOf(operation, node),
    };
  });
}
