import { schemaNameOfRef } from "../../load/json-pointer.js";
import { docsOf } from "../docs.js";
import type { Envelope, Failure, Operation, Payload } from "../model.js";
import { isObject, type JsonObject, type SpecContext } from "../spec-context.js";

const REASONS: Readonly<Record<number, string>> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  402: "PAYMENT_REQUIRED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  409: "CONFLICT",
  422: "UNPROCESSABLE_ENTITY",
  429: "TOO_MANY_REQUESTS",
  500: "INTERNAL_SERVER_ERROR",
  502: "BAD_GATEWAY",
  503: "SERVICE_UNAVAILABLE",
  504: "GATEWAY_TIMEOUT",
};

/** Failure statuses (4xx/5xx) an operation documents, by status. */
export function readFailures(context: SpecContext, operation: JsonObject): Failure[] {
  const responses = isObject(operation.responses) ? operation.responses : {};
  return Object.entries(responses)
    .filter(([status, response]) => /^[45]\d\d$/.test(status) && isObject(response))
    .map(([status, response]) => ({
      status: Number(status),
      reason: REASONS[Number(status)] ?? `STATUS_${status}`,
      docs: docsOf(response as JsonObject, context.docs),
    }))
    .sort((a, b) => a.status - b.status);
}

/** The schemas every V1 response builds on: `{ code: integer, message: string }`. */
function isEnvelopeBase(schema: unknown): boolean {
  if (!isObject(schema) || !isObject(schema.properties) || schema.allOf !== undefined) return false;
  const { code, message } = schema.properties as Record<string, JsonObject | undefined>;
  return code?.type === "integer" && message?.type === "string";
}

/** Envelope schemas: `allOf` of an envelope base and an object whose `response` is the payload. */
export function readEnvelopes(schemas: JsonObject): { envelopes: Envelope[]; bases: Set<string> } {
  const bases = new Set(Object.keys(schemas).filter((name) => isEnvelopeBase(schemas[name])));
  const envelopes: Envelope[] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isObject(schema) || !Array.isArray(schema.allOf)) continue;
    const parts = schema.allOf.filter(isObject);
    const basePart = parts.find(
      (part) => typeof part.$ref === "string" && bases.has(schemaNameOfRef(part.$ref) ?? ""),
    );
    if (!basePart) continue;
    const payload = parts
      .map((part) => (isObject(part.properties) ? part.properties.response : undefined))
      .find(isObject);
    const ref = typeof payload?.$ref === "string" ? schemaNameOfRef(payload.$ref) : undefined;
    const itemRef =
      payload?.type === "array" && isObject(payload.items) && typeof payload.items.$ref === "string"
        ? schemaNameOfRef(payload.items.$ref)
        : undefined;
    envelopes.push({
      name,
      payload,
      ...(ref
        ? { payloadRef: { schema: ref, array: false } }
        : itemRef
          ? { payloadRef: { schema: itemRef, array: true } }
          : {}),
    });
  }
  return { envelopes: envelopes.sort((a, b) => (a.name < b.name ? -1 : 1)), bases };
}

function successSchemaName(operation: JsonObject): string | undefined {
  const responses = isObject(operation.responses) ? operation.responses : {};
  const ok = responses["200"] ?? responses["201"];
  const content = isObject(ok) && isObject(ok.content) ? ok.content : {};
  const schema = Object.values(content)
    .map((media) => (isObject(media) ? media.schema : undefined))
    .find(isObject);
  return typeof schema?.$ref === "string" ? schemaNameOfRef(schema.$ref) : undefined;
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : undefined;
}

/** The V1 facts of an operation: supported PGs, content types, documented failures, payload. */
export function withV1Facts(
  context: SpecContext,
  operation: Operation,
  convertedOperation: JsonObject,
  envelopes: ReadonlyMap<string, Envelope>,
  bases: ReadonlySet<string>,
): Operation {
  const success = successSchemaName(convertedOperation);
  const payload: Payload | undefined =
    success === undefined
      ? undefined
      : envelopes.has(success)
        ? { kind: "envelope", envelope: success }
        : bases.has(success)
          ? { kind: "none" }
          : undefined;
  const body = isObject(convertedOperation.requestBody) ? convertedOperation.requestBody : undefined;
  const parameters = Array.isArray(convertedOperation.parameters)
    ? convertedOperation.parameters.filter(isObject)
    : [];
  const optionalPathParameters = parameters
    .filter((parameter) => parameter.in === "path" && parameter.required === false)
    .map((parameter) => String(parameter.name));
  return {
    ...operation,
    // PortOne spells the key two ways.
    supportedPgs:
      stringList(convertedOperation["x-portone-supported-pgs"]) ??
      stringList(convertedOperation["x-portone-supported_pgs"]) ??
      [],
    contentTypes: isObject(body?.content) ? Object.keys(body.content) : [],
    failures: readFailures(context, convertedOperation),
    ...(payload ? { payload } : {}),
    ...(optionalPathParameters.length > 0 ? { optionalPathParameters } : {}),
  };
}
