import { unsafePathValue } from "@portone-typed/internal";
import { bypassToSend } from "../identity-verification/bypass.js";
import { PortOneError } from "./errors.js";
import type { KnownOperation } from "./operations.js";

/** The part of an openapi-fetch call's options the client adjusts. */
export interface CallInit {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown> };
  body?: unknown;
  signal?: AbortSignal | null;
  [option: string]: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function checkPathValues(operation: string, path: Record<string, unknown> | undefined): void {
  for (const [name, value] of Object.entries(path ?? {})) {
    const problem = unsafePathValue(name, value);
    if (problem !== undefined) throw new PortOneError({ kind: "request", operation, message: problem });
  }
}

/**
 * The options openapi-fetch gets for one call: the client's `storeId` filled in wherever the
 * operation takes one (body or query) unless the call gives its own; a body of a
 * query-or-body operation moved into its JSON query parameter (a GET cannot carry a body);
 * a text response (`text/csv`) read as text; a `bypass` checked where its PG keys are typed.
 *
 * A call that names `storeId` with the value `undefined` sends none: where `storeId` is only a
 * filter ("the whole merchant" when absent), that is how to opt out of the client's default.
 */
export function prepareCall(
  operation: KnownOperation | undefined,
  init: CallInit | undefined,
  defaults: { readonly storeId: string | undefined },
): CallInit {
  const prepared: CallInit = { ...init, params: { ...init?.params } };
  if (operation) {
    checkPathValues(operation.operationId, prepared.params?.path);
    const queryOrBody = operation.queryOrBody;
    let body = prepared.body;
    if (queryOrBody && body === undefined) body = prepared.params?.query?.[queryOrBody.parameter];
    if (isRecord(body) && body.bypass !== undefined)
      body = { ...body, bypass: bypassToSend(operation.operationId, body.bypass) };
    if (
      defaults.storeId !== undefined &&
      operation.storeId === "body" &&
      (body === undefined || isRecord(body))
    ) {
      if (body === undefined || !("storeId" in body)) body = { ...body, storeId: defaults.storeId };
    }
    if (queryOrBody) {
      delete prepared.body;
      if (body !== undefined)
        prepared.params = {
          ...prepared.params,
          query: { ...prepared.params?.query, [queryOrBody.parameter]: body },
        };
    } else if (body !== undefined) {
      prepared.body = body;
    }
    if (
      defaults.storeId !== undefined &&
      operation.storeId === "query" &&
      !(prepared.params?.query !== undefined && "storeId" in prepared.params.query)
    ) {
      prepared.params = {
        ...prepared.params,
        query: { ...prepared.params?.query, storeId: defaults.storeId },
      };
    }
    if (operation.response?.startsWith("text/")) prepared.parseAs = "text";
  }
  return prepared;
}
