import type { Middleware } from "openapi-fetch";

/** Failures of a call that got no usable answer, as both clients classify them. */
export type TransportFailureKind = "network" | "timeout" | "aborted" | "response";

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
 */
export function callSignal(timeoutMs: number, signal: AbortSignal | null | undefined): CallSignal {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timeout: AbortSignal | undefined;
  if (timeoutMs > 0) {
    const controller = new AbortController();
    timer = setTimeout(
      () => controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, "TimeoutError")),
      timeoutMs,
    );
    timer.unref?.();
    timeout = controller.signal;
  }
  const signals = [signal, timeout].filter(
    (candidate): candidate is AbortSignal => candidate instanceof AbortSignal,
  );
  const joined =
    signals.length === 0 ? undefined : signals.length === 1 ? signals[0] : AbortSignal.any(signals);
  const sources = [signal, timeout].filter(
    (candidate): candidate is AbortSignal => candidate instanceof AbortSignal,
  );
  return {
    ...(joined ? { signal: joined } : {}),
    ...(timeout ? { timeout } : {}),
    race: (call) =>
      sources.length === 0
        ? call
        : new Promise((resolve, reject) => {
            const onAbort = (event: Event) => reject((event.target as AbortSignal).reason);
            for (const source of sources) {
              if (source.aborted) return reject(source.reason);
              source.addEventListener("abort", onAbort, { once: true });
            }
            call.then(resolve, reject).finally(() => {
              for (const source of sources) source.removeEventListener("abort", onAbort);
            });
          }),
    dispose: () => clearTimeout(timer),
  };
}

/** What a rejection of openapi-fetch means: our timeout, the caller's abort, an unparsable success body, or no answer. */
export function classifyRejection(
  error: unknown,
  signals: { readonly timeout?: AbortSignal | undefined; readonly caller?: AbortSignal | null | undefined },
  timeoutMs: number,
): { kind: TransportFailureKind; message: string } {
  if (signals.timeout?.aborted) return { kind: "timeout", message: `no answer within ${timeoutMs} ms` };
  if (signals.caller?.aborted) return { kind: "aborted", message: "aborted by the caller" };
  if (error instanceof SyntaxError)
    return { kind: "response", message: `the success response is not JSON: ${error.message}` };
  return { kind: "network", message: `no answer: ${(error as Error)?.message ?? String(error)}` };
}

/**
 * Keeps the text of every error response as received (openapi-fetch parses it), so errors can
 * carry the raw body; success bodies are not copied.
 */
export function createRawErrorBodies(): {
  middleware: Middleware;
  take(response: Response): Promise<string | undefined>;
} {
  const bodies = new WeakMap<Response, Promise<string>>();
  return {
    middleware: {
      onResponse({ response }) {
        if (!response.ok) bodies.set(response, response.clone().text());
        return undefined;
      },
    },
    async take(response) {
      const body = await bodies.get(response);
      bodies.delete(response);
      return body;
    },
  };
}
