import {
  createCallPipeline,
  methodsOf,
  operationsByRoute,
  unsafePathValue,
  unsafeSecret,
  type CallResult,
  type HttpMethod,
} from "@portone-typed/internal";
import type { Client } from "openapi-fetch";
import { operationTable, type paths } from "../generated/all.js";
import { IamportError } from "./errors.js";
import { formBody } from "./form-body.js";
import { createTokenCache, type IssuedToken } from "./token-cache.js";

export const DEFAULT_BASE_URL = "https://api.iamport.kr";
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_USER_AGENT = "portone-typed/0.1 (@portone-typed/v1)";
const FORM = "application/x-www-form-urlencoded";

export interface IamportClientOptions {
  /** The V1 REST API key (`imp_key`). */
  readonly impKey: string;
  /** The V1 REST API secret (`imp_secret`); sent to `/users/getToken` and nowhere else. */
  readonly impSecret: string;
  /** Default `https://api.iamport.kr`. */
  readonly baseUrl?: string;
  /** Default `globalThis.fetch`; inject one for tests, proxies or instrumentation. */
  readonly fetch?: (request: Request) => Promise<Response>;
  /** A call that gets no answer in this time fails with kind `timeout`. Default 30 s; 0 or `Infinity` turns it off. */
  readonly timeoutMs?: number;
  /** Default `portone-typed/<version>`. */
  readonly userAgent?: string;
  /** How request bodies are sent: JSON (default) or form-urlencoded, with objects such as `bypass` as JSON strings. */
  readonly bodyFormat?: "json" | "form";
  /** A monotonic clock in milliseconds for token lifetimes. Default `performance.now()`; tests control it. */
  readonly clock?: () => number;
}

/** The openapi-fetch methods, typed by the generated `paths`; `data` is PortOne's envelope. */
export type PathClient = Pick<Client<paths>, "GET" | "PUT" | "POST" | "DELETE" | "PATCH">;

type CallInit = {
  params?: { path?: Record<string, unknown> };
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | null;
  [option: string]: unknown;
};

function isEnvelope(value: unknown): value is { code: number; message?: string | null; response?: unknown } {
  return (
    value !== null && typeof value === "object" && typeof (value as { code?: unknown }).code === "number"
  );
}

/** The token `/users/getToken` answered with, or why it cannot be used. */
function issuedToken(payload: unknown): IssuedToken | string {
  const token = (payload as { access_token?: unknown } | null)?.access_token;
  if (typeof token !== "string" || token === "") return "code 0 without an access token in `response`";
  if (unsafeSecret("the access token", token) !== undefined)
    return "an access token with a line break or control character, which cannot be sent in a header";
  const { now, expired_at } = payload as { now?: unknown; expired_at?: unknown };
  return {
    access_token: token,
    ...(typeof now === "number" ? { now } : {}),
    ...(typeof expired_at === "number" ? { expired_at } : {}),
  } as IssuedToken;
}

export interface V1Transport {
  readonly client: PathClient;
  /** The error a non-zero envelope (or an HTTP error) of `result` means for `operation`. */
  envelopeError(operation: string, result: CallResult): Promise<IamportError>;
}

/**
 * An openapi-fetch client with V1's rules: a Bearer token fetched once, cached, refreshed
 * ahead of expiry and, on a 401, refreshed and the call retried exactly once; JSON or form
 * bodies; escaped path values; a timeout. Anything that is not PortOne's envelope (no answer,
 * a timeout, a proxy's HTML page) rejects with an `IamportError`, never a parse error.
 */
export function createV1Transport(options: IamportClientOptions): V1Transport {
  const pipeline = createCallPipeline({
    factory: "createIamportClient",
    credentials: { impKey: options.impKey, impSecret: options.impSecret },
    credentialsAre: "the V1 REST API key and secret",
    baseUrl: options.baseUrl ?? DEFAULT_BASE_URL,
    headers: { "User-Agent": options.userAgent ?? DEFAULT_USER_AGENT },
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    error: (failure) => new IamportError(failure),
  });
  const { scrub } = pipeline;
  const operations = operationsByRoute(operationTable);

  const send = (
    method: HttpMethod,
    path: string,
    operation: string,
    init: CallInit | undefined,
    token: string | undefined,
  ) => {
    const form =
      init?.body !== undefined &&
      (init?.headers?.["Content-Type"] === FORM ||
        (init?.headers?.["Content-Type"] === undefined && options.bodyFormat === "form"));
    const headers = {
      ...init?.headers,
      ...(form ? { "Content-Type": FORM } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    };
    return pipeline.send(method, path, operation, {
      ...init,
      headers,
      ...(form ? { bodySerializer: formBody } : {}),
    });
  };

  const envelopeError = async (operation: string, result: CallResult): Promise<IamportError> => {
    const body = result.response.ok
      ? JSON.stringify(result.data)
      : await pipeline.takeErrorBody(result.response);
    const envelope = result.response.ok ? result.data : result.error;
    const status = result.response.status;
    if (!isEnvelope(envelope)) {
      return new IamportError(
        scrub.errorInit({
          kind: "response",
          operation,
          status,
          body,
          message: `HTTP ${status} with a body that is not PortOne's envelope${body ? `: ${body.slice(0, 200)}` : ""}`,
        }),
      );
    }
    const serverMessage = typeof envelope.message === "string" ? envelope.message : null;
    return new IamportError(
      scrub.errorInit({
        kind: "api",
        operation,
        status,
        code: envelope.code,
        serverMessage,
        body,
        message: `code ${envelope.code} (HTTP ${status})${serverMessage ? `: ${serverMessage}` : ""}`,
      }),
    );
  };

  const tokens = createTokenCache({
    clock: options.clock ?? (() => performance.now()),
    issue: async () => {
      const result = await send(
        "POST",
        "/users/getToken",
        "getToken",
        { body: { imp_key: options.impKey, imp_secret: options.impSecret } },
        undefined,
      );
      const envelope = result.data;
      if (!result.response.ok || !isEnvelope(envelope) || envelope.code !== 0)
        throw await envelopeError("getToken", result);
      const issued = issuedToken(envelope.response);
      if (typeof issued === "string") {
        throw new IamportError(
          scrub.errorInit({
            kind: "response",
            operation: "getToken",
            status: result.response.status,
            message: `HTTP ${result.response.status} with ${issued}`,
          }),
        );
      }
      scrub.add(issued.access_token);
      return issued;
    },
  });

  const call = (method: HttpMethod) =>
    async function (path: string, init?: CallInit): Promise<CallResult> {
      const operation = operations.get(`${method} ${path}`)?.operationId ?? `${method} ${path}`;
      for (const [name, value] of Object.entries(init?.params?.path ?? {})) {
        const problem = unsafePathValue(name, value);
        if (problem !== undefined)
          throw new IamportError(scrub.errorInit({ kind: "request", operation, message: problem }));
      }
      let result: CallResult;
      if (path === "/users/getToken") {
        result = await send(method, path, operation, init, undefined);
      } else {
        const token = await tokens.get();
        result = await send(method, path, operation, init, token);
        // An expired or revoked token: refresh it once and retry once; a second 401 is the answer.
        if (result.response.status === 401) {
          tokens.invalidate(token);
          result = await send(method, path, operation, init, await tokens.get());
        }
      }
      if (!result.response.ok && !isEnvelope(result.error)) throw await envelopeError(operation, result);
      if (result.error !== undefined) result.error = scrub.value(result.error);
      // A non-zero envelope is an error that came with HTTP 200.
      else if (isEnvelope(result.data) && result.data.code !== 0) result.data = scrub.value(result.data);
      return result;
    };

  return {
    client: methodsOf<PathClient>(call as never),
    envelopeError,
  };
}
