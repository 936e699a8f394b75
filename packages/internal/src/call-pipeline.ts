import createClient from "openapi-fetch";
import { segmentPathSerializer } from "./paths.js";
import { createSecretScrubber, unsafeSecret, type SecretScrubber } from "./secrets.js";
import { createCallTimeouts } from "./call-timeouts.js";
import {
  classifyRejection,
  createCallFetch,
  REQUEST_OPTIONS,
  type Fetch,
  type TransportFailure,
} from "./transport.js";

export const HTTP_METHODS = ["GET", "PUT", "POST", "DELETE", "PATCH"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** What openapi-fetch answers a call with. */
export interface CallResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The part of an openapi-fetch call's options the pipeline reads. */
export interface PipelineInit {
  signal?: AbortSignal | null;
  [option: string]: unknown;
}

export interface CallPipelineOptions<ClientError extends Error> {
  /** How messages name the factory: `createPortOneClient`. */
  readonly factory: string;
  /** Each credential by option name; checked, and scrubbed from every error. */
  readonly credentials: Readonly<Record<string, unknown>>;
  /** Said when a credential is missing: "the V2 API secret". */
  readonly credentialsAre: string;
  readonly baseUrl: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly querySerializer?: (query: Record<string, unknown>) => string;
  readonly fetch: Fetch | undefined;
  readonly timeoutMs: number;
  /** The client's own error, for a call that got no usable answer (every known secret scrubbed). */
  readonly error: (failure: TransportFailure & { readonly operation: string }) => ClientError;
}

export interface CallPipeline {
  readonly scrub: SecretScrubber;
  /** One call through openapi-fetch with the client's timeout; no answer rejects with the client's error. */
  send(
    method: HttpMethod,
    path: string,
    operation: string,
    init: PipelineInit | undefined,
  ): Promise<CallResult>;
  /** The body of an error response as received (openapi-fetch has parsed it). */
  takeErrorBody(response: Response): Promise<string | undefined>;
}

/**
 * What every client of this project does around a call, in one place: credentials checked and
 * never echoed, openapi-fetch with escaped path segments and no redirects, a timeout that always
 * fires, and every failure without an answer classified into the client's error. The clients keep
 * only their own rules: auth, envelope or error union, `storeId`, retries.
 */
export function createCallPipeline<ClientError extends Error>(
  options: CallPipelineOptions<ClientError>,
): CallPipeline {
  const credentials = Object.entries(options.credentials);
  if (credentials.some(([, value]) => typeof value !== "string" || value === "")) {
    const names = credentials.map(([name]) => `\`${name}\``).join(" and ");
    throw new TypeError(
      `${options.factory}: ${names} (${options.credentialsAre}) ${credentials.length > 1 ? "are" : "is"} required`,
    );
  }
  for (const [name, value] of credentials) {
    const unsafe = unsafeSecret(`${options.factory}: \`${name}\``, value as string);
    if (unsafe !== undefined) throw new TypeError(unsafe);
  }
  const scrub = createSecretScrubber(credentials.map(([, value]) => value as string));
  const callFetch = createCallFetch(options.fetch);
  const base = createClient({
    baseUrl: options.baseUrl,
    headers: options.headers,
    ...(options.querySerializer ? { querySerializer: options.querySerializer } : {}),
    pathSerializer: segmentPathSerializer,
    ...REQUEST_OPTIONS,
  }) as unknown as Record<HttpMethod, (path: string, init: PipelineInit) => Promise<CallResult>>;
  const { timeoutMs } = options;
  const timeouts = createCallTimeouts(timeoutMs);
  return {
    scrub,
    takeErrorBody: callFetch.takeErrorBody,
    async send(method, path, operation, init) {
      const { signal, timedOut, race, dispose } = timeouts(init?.signal);
      try {
        return await race(
          base[method](path, { ...init, signal: undefined, fetch: callFetch.forCall(signal) }),
        );
      } catch (error) {
        const failure = classifyRejection(error, { timedOut: timedOut(), caller: init?.signal }, timeoutMs);
        throw options.error(scrub.errorInit({ ...failure, operation }));
      } finally {
        dispose();
      }
    },
  };
}

/** `{ GET, PUT, POST, DELETE, PATCH }` of a client, each the same call for its method. */
export function methodsOf<Client>(
  call: (method: HttpMethod) => (path: string, init?: never) => Promise<unknown>,
): Client {
  return Object.fromEntries(HTTP_METHODS.map((method) => [method, call(method)])) as Client;
}

/** A table's rows by `METHOD path`, the form openapi-fetch calls come in, each with its operationId. */
export function operationsByRoute<Row extends { readonly method: string; readonly path: string }>(
  table: Readonly<Record<string, Row>>,
): ReadonlyMap<string, Row & { readonly operationId: string }> {
  return new Map(
    Object.entries(table).map(([operationId, row]) => [
      `${row.method.toUpperCase()} ${row.path}`,
      { operationId, ...row },
    ]),
  );
}
