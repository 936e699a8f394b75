import { createCallPipeline, methodsOf, type CallResult, type HttpMethod } from "@portone-typed/internal";
import type { Client } from "openapi-fetch";
import { PortOneError } from "./errors.js";
import type { KnownOperation, OperationTable } from "./operations.js";
import { prepareCall, type CallInit } from "./prepare-request.js";
import { createPortOneQuerySerializer } from "./query-serializer.js";

export const DEFAULT_BASE_URL = "https://api.portone.io";
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_USER_AGENT = "portone-typed/0.1 (@portone-typed/v2)";

export interface PortOneClientOptions {
  /** The V2 API secret from PortOne's console; sent as `Authorization: PortOne <secret>` and nowhere else. */
  readonly secret: string;
  /** Filled in wherever an operation takes a `storeId` (body or query) and the call gives none. */
  readonly storeId?: string;
  /** Default `https://api.portone.io`. */
  readonly baseUrl?: string;
  /** Default `globalThis.fetch`; inject one for tests, proxies or instrumentation. */
  readonly fetch?: (request: Request) => Promise<Response>;
  /** A call that gets no answer in this time fails with kind `timeout`. Default 30 s; 0 or `Infinity` turns it off. */
  readonly timeoutMs?: number;
  /** Default `portone-typed/<version>`. */
  readonly userAgent?: string;
}

/** The openapi-fetch methods, typed by the generated `paths`, returning `{ data } | { error }`. */
export type PathClient<Paths extends {}> = Pick<Client<Paths>, "GET" | "PUT" | "POST" | "DELETE" | "PATCH">;

function isPortOneErrorBody(value: unknown): value is { type: string } {
  return (
    value !== null && typeof value === "object" && typeof (value as { type?: unknown }).type === "string"
  );
}

/** One call of a known operation (or of a path the table lacks), through the client's pipeline. */
export type PortOneCall = (
  method: HttpMethod,
  path: string,
  operation: KnownOperation | undefined,
  init: CallInit | undefined,
) => Promise<CallResult>;

/**
 * A call with PortOne's rules over openapi-fetch: auth header, storeId defaults,
 * query-or-body, escaped path values and a timeout. API errors come back as `{ error }` (a case
 * of the operation's error union); everything that is not a PortOne answer (no answer, a
 * timeout, an HTML page from a proxy) rejects with a `PortOneError`, never a parse error.
 */
export function createPortOneCall(options: PortOneClientOptions, table: OperationTable): PortOneCall {
  const jsonParameters = new Set(
    Object.values(table).flatMap((row) => (row.queryOrBody ? [row.queryOrBody.parameter] : [])),
  );
  const pipeline = createCallPipeline({
    factory: "createPortOneClient",
    credentials: { secret: options.secret },
    credentialsAre: "the V2 API secret",
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    headers: {
      Authorization: `PortOne ${options.secret}`,
      "User-Agent": options.userAgent ?? DEFAULT_USER_AGENT,
    },
    querySerializer: createPortOneQuerySerializer(jsonParameters),
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    error: (failure) => new PortOneError(failure),
  });
  const { scrub } = pipeline;
  const defaults = { storeId: options.storeId };

  return async (method, path, operation, init) => {
    const name = operation?.operationId ?? `${method} ${path}`;
    const result = await pipeline.send(method, path, name, prepareCall(operation, init, defaults));
    if (result.error !== undefined || !result.response.ok) {
      const body = await pipeline.takeErrorBody(result.response);
      if (!isPortOneErrorBody(result.error)) {
        const status = result.response.status;
        throw new PortOneError(
          scrub.errorInit({
            kind: "response",
            operation: name,
            status,
            body,
            message: `HTTP ${status} with a body that is not a PortOne error${body ? `: ${body.slice(0, 200)}` : ""}`,
          }),
        );
      }
      result.error = scrub.value(result.error);
      Object.defineProperty(result, RAW_ERROR, { value: scrub.text(body), enumerable: false });
    } else if (result.data === undefined && operation?.response === "application/json") {
      throw new PortOneError(
        scrub.errorInit({
          kind: "response",
          operation: name,
          status: result.response.status,
          message: `HTTP ${result.response.status} with an empty body, where the operation answers JSON`,
        }),
      );
    }
    return result;
  };
}

/** The path style over a call: `GET("/payments/{paymentId}", …)`, each route's operation found by `METHOD path`. */
export function pathClientOf<Paths extends {}>(
  call: PortOneCall,
  operations: ReadonlyMap<string, KnownOperation>,
): PathClient<Paths> {
  return methodsOf<PathClient<Paths>>(
    (method) =>
      ((path: string, init?: CallInit) =>
        call(method, path, operations.get(`${method} ${path}`), init)) as never,
  );
}

const RAW_ERROR = Symbol("portone-typed.rawError");

/** The raw body of an error `result` of the path client (what PortOne sent), for PortOneError.body. */
export function rawErrorBody(result: object): string | undefined {
  return (result as { [RAW_ERROR]?: string })[RAW_ERROR];
}
