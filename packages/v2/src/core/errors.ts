/**
 * What went wrong, so callers can decide what to do without parsing messages:
 * - `api`: PortOne answered with an error of the operation's error union (`data`, `type`).
 * - `response`: an answer that is not PortOne's (a proxy's HTML 502, a body that is not JSON).
 * - `network`: no answer at all (DNS, refused or reset connection).
 * - `timeout`: no answer within `timeoutMs`.
 * - `aborted`: the caller's `AbortSignal` cancelled the call.
 * - `request`: refused before sending, for an argument that could not be right.
 */
export type PortOneErrorKind = "api" | "response" | "network" | "timeout" | "aborted" | "request";

export interface PortOneErrorInit<Operation extends string, Data> {
  readonly kind: PortOneErrorKind;
  readonly operation: Operation;
  readonly message: string;
  readonly status?: number | undefined;
  readonly data?: Data | undefined;
  readonly body?: string | undefined;
  readonly cause?: unknown;
}

/**
 * The one error the client throws. It carries the operation, the HTTP status, PortOne's
 * error `type` and body where there was an answer, and never the API secret or any header.
 */
export class PortOneError<Operation extends string = string, Data = unknown> extends Error {
  override readonly name = "PortOneError";
  readonly kind: PortOneErrorKind;
  /** The operationId of the call, e.g. `sendIdentityVerification`. */
  readonly operation: Operation;
  /** The HTTP status, when PortOne (or something in between) answered. */
  readonly status: number | undefined;
  /** PortOne's error `type` (kind `api`), e.g. `IDENTITY_VERIFICATION_ALREADY_SENT`. */
  readonly type: string | undefined;
  /** The parsed error body (kind `api`): a case of the operation's error union, narrowable by `type`. */
  readonly data: Data | undefined;
  /** The response body as received, when there was one. */
  readonly body: string | undefined;

  constructor(init: PortOneErrorInit<Operation, Data>) {
    super(`${init.operation}: ${init.message}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.operation = init.operation;
    this.status = init.status;
    this.data = init.data;
    this.body = init.body;
    const type = (init.data as { type?: unknown } | undefined)?.type;
    this.type = typeof type === "string" ? type : undefined;
  }
}

/** Whether `error` is a `PortOneError`, of `operation` when one is given. */
export function isPortOneError(error: unknown, operation?: string): error is PortOneError {
  return error instanceof PortOneError && (operation === undefined || error.operation === operation);
}
