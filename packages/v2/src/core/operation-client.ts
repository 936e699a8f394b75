import type { CallResult, HttpMethod } from "@portone-typed/internal";
import { rawErrorBody, type PortOneCall } from "./client.js";
import { PortOneError } from "./errors.js";
import type { KnownOperation, OperationRow } from "./operations.js";
import type { CallInit } from "./prepare-request.js";

type Method = (
  input?: Record<string, unknown>,
  options?: { readonly signal?: AbortSignal },
) => Promise<unknown>;

/** The payload, or the API error as a `PortOneError`: the call has already scrubbed the secret from both. */
export function unwrapResult<T>(operation: string, result: CallResult): T {
  if (result.error === undefined) return result.data as T;
  const error = result.error as { type: string; message?: unknown };
  const message = typeof error.message === "string" && error.message !== "" ? `: ${error.message}` : "";
  throw new PortOneError({
    kind: "api",
    operation,
    status: result.response.status,
    data: result.error,
    body: rawErrorBody(result),
    message: `${error.type} (HTTP ${result.response.status})${message}`,
  });
}

/**
 * The openapi-fetch options of one call of the operation style: each field of the flat input
 * where the operation's row says (path, query, or body, renamed back to its wire name), the
 * body as an object whenever the operation takes one. The call does the rest
 * (`storeId`, the JSON query of query-or-body, the content type), as for path-style calls.
 */
export function splitInput(row: OperationRow, input: Record<string, unknown> | undefined): CallInit {
  // Without a prototype, so a field named `__proto__` is a field like any other.
  const path: Record<string, unknown> = Object.create(null);
  const query: Record<string, unknown> = Object.create(null);
  let body: Record<string, unknown> | undefined;
  for (const name of Object.keys(input ?? {})) {
    const value = input?.[name];
    const target = Object.hasOwn(row.input, name) ? row.input[name] : undefined;
    const [place, wire] = typeof target === "object" ? target : [target ?? "body", name];
    if (place === "path") path[wire] = value;
    else if (place === "query") query[wire] = value;
    // A field no place takes (plain JavaScript, a spec older than the call) is not sent.
    else if (row.body !== null) (body ??= Object.create(null) as Record<string, unknown>)[wire] = value;
  }
  // PortOne wants a body (`{}` at least) where the operation has one, and a required JSON query.
  if (body === undefined && (row.body === "json" || row.queryOrBody?.required)) body = {};
  return { params: { path, query }, ...(body === undefined ? {} : { body }) };
}

function operationMethod(call: PortOneCall, operation: KnownOperation): Method {
  const method = operation.method.toUpperCase() as HttpMethod;
  return async (input, options) => {
    const init = splitInput(operation, input);
    if (options?.signal) init.signal = options.signal;
    return unwrapResult(operation.operationId, await call(method, operation.path, operation, init));
  };
}

/**
 * The operation style over the client's call: `portone.payment.getPayment({ paymentId })`, one
 * method per operation of the table, in table order, placed in the tree its `group` names.
 * Methods return the payload and throw a `PortOneError`, as PortOne's SDKs do.
 */
export function createOperationClient<Client>(
  call: PortOneCall,
  operations: Iterable<KnownOperation>,
): Client {
  const root: Record<string, unknown> = Object.create(null);
  for (const operation of operations) {
    let node = root;
    for (const segment of operation.group.split(".")) {
      const child = Object.hasOwn(node, segment) ? node[segment] : undefined;
      node = (child ?? (node[segment] = Object.create(null))) as Record<string, unknown>;
    }
    node[operation.operationId] = operationMethod(call, operation);
  }
  return root as Client;
}
