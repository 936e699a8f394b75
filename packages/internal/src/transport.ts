/** Failures of a call that got no usable answer, as both clients classify them. */
export type TransportFailureKind = "network" | "timeout" | "aborted" | "response";

/** What `classifyRejection` makes of a rejected call. */
export interface TransportFailure {
  readonly kind: TransportFailureKind;
  readonly message: string;
  readonly status?: number;
  readonly cause?: unknown;
}

/** A call's signal joined with the client's timeout; `dispose()` when the call is over. */
export interface CallSignal {
  readonly signal?: AbortSignal;
  /** Aborts when the client's timeout passes (not when the caller aborts). */
  readonly timeout?: AbortSignal;
  /**
   * `call`, or a rejection as soon as the timeout or the caller's signal aborts. A Request
   * keeps its own abort controller only weakly reachable from the signal it was given, so a
   * `fetch` that waits on nothing but that signal could be collected and never settle; the
   * client does not depend on it.
   */
  race<T>(call: Promise<T>): Promise<T>;
  dispose(): void;
}

/**
 * The timeout is a timer the client holds, not `AbortSignal.timeout()`: that signal can be
 * garbage-collected while a call waits on something only the signal references, and then it
 * never fires. The timer is cleared when the call ends, so finished calls keep nothing alive.
 * It runs on every call, so it costs one controller, one timer and one promise, and no
 * listeners unless the caller brings a signal (bench/request: the client's overhead over bare
 * openapi-fetch).
 */
export function callSignal(timeoutMs: number, signal: AbortSignal | null | undefined): CallSignal {
  const caller = signal ?? undefined;
  if (!(timeoutMs > 0)) {
    return {
      signal: caller,
      timeout: undefined,
      race: (call) => (caller ? rejectOnAbort(call, caller) : call),
      dispose: () => {},
    };
  }
  const controller = new AbortController();
  // The rejections of the calls raced against this timeout; the timer holds them, so a call
  // whose fetch waits only on a collected signal still fails when the time is up.
  const expire: Array<(reason: unknown) => void> = [];
  const timer = setTimeout(() => {
    const reason = new DOMException(`no answer within ${timeoutMs} ms`, "TimeoutError");
    controller.abort(reason);
    for (const reject of expire) reject(reason);
  }, timeoutMs);
  timer.unref?.();
  const timeout = controller.signal;
  return {
    signal: caller ? AbortSignal.any([caller, timeout]) : timeout,
    timeout,
    race<T>(call: Promise<T>): Promise<T> {
      const timed = new Promise<T>((resolve, reject) => {
        expire.push(reject);
        call.then(resolve, reject);
      });
      return caller ? rejectOnAbort(timed, caller) : timed;
    },
    dispose() {
      clearTimeout(timer);
      expire.length = 0;
    },
  };
}

/** `call`, or a rejection with the signal's reason as soon as it aborts. */
function rejectOnAbort<T>(call: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    call.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
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
  signals: { readonly timeout?: AbortSignal | undefined; readonly caller?: AbortSignal | null | undefined },
  timeoutMs: number,
): TransportFailure {
  if (error instanceof RedirectRefused)
    return { kind: "response", message: error.message, status: error.status };
  if (signals.timeout?.aborted)
    return { kind: "timeout", message: `no answer within ${timeoutMs} ms`, cause: error };
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
