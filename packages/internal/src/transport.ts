import type { Middleware } from "openapi-fetch";

/** Failures of a call that got no usable answer, as both clients classify them. */
export type TransportFailureKind = "network" | "timeout" | "aborted" | "response";

/** A call's signal joined with the client's timeout (none when `timeoutMs` is 0). */
export function callSignal(
  timeoutMs: number,
  signal: AbortSignal | null | undefined,
): { signal?: AbortSignal; timeout?: AbortSignal } {
  const timeout = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
  const signals = [signal, timeout].filter(
    (candidate): candidate is AbortSignal => candidate instanceof AbortSignal,
  );
  const joined =
    signals.length === 0 ? undefined : signals.length === 1 ? signals[0] : AbortSignal.any(signals);
  return { ...(joined ? { signal: joined } : {}), ...(timeout ? { timeout } : {}) };
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
