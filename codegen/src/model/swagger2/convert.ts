import { createRequire } from "node:module";
import { SpecError } from "../../errors.js";
import { resolvePointer, unescapePointerToken } from "../../load/json-pointer.js";
import { isObject, type JsonObject } from "../spec-context.js";
import { swagger2Operations, type Swagger2Operation } from "./swagger2-nodes.js";

/** Request content types that carry the fields of `formData` parameters. */
const FORM_FIELD_TYPES = ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"];

/** Keywords a Swagger 2.0 parameter shares with a JSON schema. */
const SCHEMA_KEYWORDS = [
  "type",
  "format",
  "items",
  "enum",
  "default",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "uniqueItems",
  "multipleOf",
];

function toComponentRefs<T>(node: T): T {
  return JSON.parse(JSON.stringify(node).replaceAll('"#/definitions/', '"#/components/schemas/')) as T;
}

/** A `formData` parameter as a property of the request body schema, docs and `x-` facts kept. */
function formFieldSchema(parameter: JsonObject): JsonObject {
  const carried = Object.entries(parameter).filter(
    ([key]) => key === "description" || key.startsWith("x-") || SCHEMA_KEYWORDS.includes(key),
  );
  const field: JsonObject = Object.fromEntries(carried);
  // The spec gives one formData parameter (`extra` of `/subscribe/payments/again`) a `schema`
  // instead of a `type`; its meaning is plain, so it is used as the field's schema.
  if (isObject(parameter.schema) && parameter.type === undefined) Object.assign(field, parameter.schema);
  if (field.type === "file") Object.assign(field, { type: "string", format: "binary" });
  return toComponentRefs(field);
}

function requestContentTypes(operation: Swagger2Operation, document: JsonObject): string[] {
  const declared = operation.operation.consumes ?? document.consumes;
  const types = Array.isArray(declared)
    ? declared.filter((type): type is string => typeof type === "string")
    : [];
  const fieldTypes = types.filter((type) => FORM_FIELD_TYPES.includes(type));
  return fieldTypes.length > 0 ? fieldTypes : FORM_FIELD_TYPES.slice(0, 2);
}

/**
 * The one place that corrects what swagger2openapi gets wrong on PortOne's V1 spec, measured:
 * it turns `formData` into a form-only body (dropping the `application/json` the API also
 * accepts), loses form fields on four operations, and makes the optional `payment_status`
 * path segment required. Request bodies are therefore rebuilt from the original `formData`
 * parameters, for every content type the operation consumes, and path parameters keep the
 * required-ness the spec gives them.
 */
export function correctConversion(original: JsonObject, converted: JsonObject): void {
  const convertedPaths = isObject(converted.paths) ? converted.paths : {};
  for (const operation of swagger2Operations(original)) {
    const target = (convertedPaths[operation.path] as JsonObject | undefined)?.[operation.method];
    if (!isObject(target)) continue;
    const fields = operation.parameters
      .filter(({ parameter }) => parameter.in === "formData")
      .map(({ parameter }) => parameter);
    if (fields.length > 0) {
      const required = fields.filter((field) => field.required === true).map((field) => String(field.name));
      const schema: JsonObject = {
        type: "object",
        properties: Object.fromEntries(fields.map((field) => [String(field.name), formFieldSchema(field)])),
        ...(required.length > 0 ? { required } : {}),
      };
      target.requestBody = {
        required: required.length > 0,
        content: Object.fromEntries(
          requestContentTypes(operation, original).map((type) => [type, { schema }]),
        ),
      };
    }
    const parameters = Array.isArray(target.parameters) ? target.parameters : [];
    for (const { parameter } of operation.parameters) {
      if (parameter.in !== "path" || parameter.required === true) continue;
      const converted = parameters.find(
        (candidate) => isObject(candidate) && candidate.in === "path" && candidate.name === parameter.name,
      );
      if (isObject(converted)) converted.required = false;
    }
  }
}

/** Swagger 2.0 → OpenAPI 3.0 with swagger2openapi, corrected by `correctConversion`. */
export async function convertSwagger2(original: JsonObject, file: string): Promise<JsonObject> {
  const { convertObj } = createRequire(import.meta.url)(
    "swagger2openapi",
  ) as typeof import("swagger2openapi");
  try {
    const { openapi } = await convertObj(structuredClone(original), {
      patch: true,
      warnOnly: true,
      resolve: false,
    });
    correctConversion(original, openapi);
    return openapi;
  } catch (error) {
    throw new SpecError([
      { file, message: `swagger2openapi could not convert the spec: ${(error as Error).message}` },
    ]);
  }
}

/**
 * Maps a pointer into the converted document back to the Swagger 2.0 file, so issues found
 * after conversion still point where the user can look.
 */
export function swagger2PointerOf(original: JsonObject, converted: JsonObject): (pointer: string) => string {
  const operations = new Map(swagger2Operations(original).map((operation) => [operation.pointer, operation]));
  return (pointer) => {
    if (pointer.startsWith("/components/schemas/"))
      return `/definitions/${pointer.slice("/components/schemas/".length)}`;
    const [, root, path = "", method = "", ...rest] = pointer.split("/");
    const operationPointer = `/${root}/${path}/${method}`;
    const operation = operations.get(operationPointer);
    if (root !== "paths" || !operation) return pointer;
    const originalParameter = (location: unknown, name: unknown) =>
      operation.parameters.find(({ parameter }) => parameter.in === location && parameter.name === name)
        ?.pointer;
    if (rest[0] === "requestBody" && rest[4] === "properties") {
      const field = originalParameter("formData", unescapePointerToken(rest[5] ?? ""));
      return field ? [field, ...rest.slice(6)].join("/") : `${operationPointer}/parameters`;
    }
    if (rest[0] === "parameters") {
      // Converted parameters are renumbered (formData ones leave), so match by location and name.
      const target = resolvePointer(converted, `${operationPointer}/parameters/${rest[1]}`);
      const found = isObject(target) ? originalParameter(target.in, target.name) : undefined;
      const inside = rest.slice(2);
      return found ? [found, ...(inside[0] === "schema" ? inside.slice(1) : inside)].join("/") : pointer;
    }
    if (rest[0] === "responses" && rest[2] === "content") {
      return [operationPointer, "responses", rest[1], "schema", ...rest.slice(5)].join("/");
    }
    return pointer;
  };
}
