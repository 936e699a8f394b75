/**
 * What went wrong, so callers can decide without parsing messages:
 * - `api`: PortOne answered with its envelope and a non-zero `code` (with HTTP 200 or an error status).
 * - `response`: an answer that is not PortOne's envelope (a proxy's HTML page, a body that is not JSON).
 * - `network`: no answer at all (DNS, refused or reset connection).
 * - `timeout`: no answer within `timeoutMs`.
 * - `aborted`: the caller's `AbortSignal` cancelled the call.
 * - `request`: refused before sending, for an argument that could not be right.
 */
export type IamportErrorKind = "api" | "response" | "network" | "timeout" | "aborted" | "request";

export interface IamportErrorInit<Operation extends string> {
  readonly kind: IamportErrorKind;
  readonly operation: Operation;
  readonly message: string;
  readonly status?: number | undefined;
  readonly code?: number | undefined;
  readonly serverMessage?: string | null | undefined;
  readonly body?: string | undefined;
  readonly cause?: unknown;
}

/**
 * The one error the V1 client throws. It carries the operation, the envelope's `code` and
 * `message`, the HTTP status and the raw body, and never the key, the secret or the token.
 */
export class IamportError<Operation extends string = string> extends Error {
  override readonly name = "IamportError";
  readonly kind: IamportErrorKind;
  /** The operationId of the call, e.g. `confirmOTP`. */
  readonly operation: Operation;
  /** The HTTP status, when there was an answer (V1 sends failures with 200 too). */
  readonly status: number | undefined;
  /** The envelope's non-zero `code` (kind `api`). */
  readonly code: number | undefined;
  /** The envelope's `message` (kind `api`), PortOne's explanation in Korean. */
  readonly serverMessage: string | null | undefined;
  /** The response body as received, when there was one. */
  readonly body: string | undefined;

  constructor(init: IamportErrorInit<Operation>) {
    super(`${init.operation}: ${init.message}`, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.operation = init.operation;
    this.status = init.status;
    this.code = init.code;
    this.serverMessage = init.serverMessage;
    this.body = init.body;
  }
}

/** Whether `error` is an `IamportError`, of `operation` when one is given. */
export function isIamportError<Operation extends string>(
  error: unknown,
  operation?: Operation,
): error is IamportError<Operation> {
  return error instanceof IamportError && (operation === undefined || error.operation === operation);
}
