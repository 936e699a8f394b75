/**
 * What went wrong, so callers can decide without parsing messages:
 * - `api`: PortOne answered with an error (V2: a case of the operation's error union; V1: its
 *   envelope with a non-zero `code`, with HTTP 200 or an error status).
 * - `response`: an answer that is not PortOne's (a proxy's HTML 502, a body that is not JSON).
 * - `network`: no answer at all (DNS, refused or reset connection).
 * - `timeout`: no answer within `timeoutMs`.
 * - `aborted`: the caller's `AbortSignal` cancelled the call.
 * - `request`: refused before sending, for an argument that could not be right.
 */
export type ClientErrorKind = "api" | "response" | "network" | "timeout" | "aborted" | "request";

export interface ClientErrorInit<Operation extends string> {
  readonly kind: ClientErrorKind;
  readonly operation: Operation;
  readonly message: string;
  readonly status?: number | undefined;
  readonly body?: string | undefined;
  readonly cause?: unknown;
}

/**
 * The fields both clients' errors share; each package's error class (`PortOneError`,
 * `IamportError`) adds what its API answers with. Built only from scrubbed inits.
 */
export abstract class ClientError<Operation extends string = string> extends Error {
  readonly kind: ClientErrorKind;
  /** The operationId of the call, e.g. `sendIdentityVerification`. */
  readonly operation: Operation;
  /** The HTTP status, when PortOne (or something in between) answered. */
  readonly status: number | undefined;
  /** The response body as received, when there was one. */
  readonly body: string | undefined;

  constructor(init: ClientErrorInit<Operation>) {
    super(`${init.operation}: ${init.message}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.operation = init.operation;
    this.status = init.status;
    this.body = init.body;
  }
}
