/** Failures of a call that got no usable answer, as both clients classify them. */
export type TransportFailureKind = "network" | "timeout" | "aborted" | "response";

/** What `classifyRejection` makes of a rejected call. */
export interface TransportFailure {
  readonly kind: TransportFailureKind;
  readonly message: string;
  readonly status?: number;
  readonly cause?: unknown;
}

/**
 * PortOne's APIs never redirect, and following one would re-send the credentials and the
 * request body (V1's `imp_secret`, a customer's name and phone) to wherever it points. So
 * redirects are not followed (`redirect: "manual"`, set on every Request openapi-fetch
 * builds) and a 3xx answer is a failure of its own.
 */
export const REQUEST_OPTIONS = { redirect: "manual" } as const satisfies RequestInit;

/** A 3xx answer, refused rather than followed. */
export class RedirectRefused extends Error {
  override readonly name = "RedirectRefused";
  constructor(readonly status: number) {
    super(`HTTP ${status || "3xx"}: a redirect, which PortOne's API never answers with; not followed`);
  }
}

function isRedirect(response: Response): boolean {
  return response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400);
}

/**
 * What a rejection of openapi-fetch means: our timeout, the caller's abort, an unparsable
 * success body, or no answer; with the cause an error should keep. A JSON parse error is not
 * kept: its message quotes the start of the body, which may be the start of an echoed secret,
 * too short to recognise and scrub.
 */
export function classifyRejection(
  error: unknown,
  signals: { readonly timedOut?: boolean; readonly caller?: AbortSignal | null | undefined },
  timeoutMs: number,
): TransportFailure {
  if (error instanceof RedirectRefused)
    return { kind: "response", message: error.message, status: error.status };
  if (signals.timedOut) return { kind: "timeout", message: `no answer within ${timeoutMs} ms`, cause: error };
  if (signals.caller?.aborted) return { kind: "aborted", message: "aborted by the caller", cause: error };
  if (error instanceof SyntaxError) return { kind: "response", message: "the success response is not JSON" };
  return {
    kind: "network",
    message: `no answer: ${(error as Error)?.message ?? String(error)}`,
    cause: error,
  };
}

/** What a client's `fetch` must do: take a Request, answer a Response. */
export type Fetch = (request: Request) => Promise<Response>;

/**
 * The `fetch` each call hands to openapi-fetch (its per-call `fetch` option), and the text of
 * every error response as received, so errors can carry the raw body (openapi-fetch parses
 * it; success bodies are not copied).
 *
 * The call's signal is attached here rather than given to openapi-fetch: there it would be
 * attached to openapi-fetch's Request and followed again by fetch's own copy of it, and
 * following a signal is most of what a timeout costs per call (bench/request). With the
 * global fetch the signal is attached once; an injected fetch gets a Request carrying it.
 */
export function createCallFetch(injected: Fetch | undefined): {
  forCall(signal: AbortSignal | undefined): Fetch;
  takeErrorBody(response: Response): Promise<string | undefined>;
} {
  const bodies = new WeakMap<Response, Promise<string | undefined>>();
  const keepErrorBody = (response: Response) => {
    if (isRedirect(response)) {
      response.body?.cancel().catch(() => undefined);
      throw new RedirectRefused(response.status);
    }
    // The copy fails with the original when the body stalls or is cut off, and then nothing
    // may be waiting for it: settled here, so it can never be an unhandled rejection.
    if (!response.ok)
      bodies.set(
        response,
        response
          .clone()
          .text()
          .catch(() => undefined),
      );
    return response;
  };
  const send: (request: Request, signal: AbortSignal | undefined) => Promise<Response> = injected
    ? (request, signal) => injected(signal ? new Request(request, { signal }) : request)
    : (request, signal) => globalThis.fetch(request, signal ? { signal } : undefined);
  return {
    forCall: (signal) => (request) => send(request, signal).then(keepErrorBody),
    async takeErrorBody(response) {
      const body = await bodies.get(response);
      bodies.delete(response);
      return body;
    },
  };
}
