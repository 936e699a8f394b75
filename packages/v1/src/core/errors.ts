import { ClientError, type ClientErrorInit, type ClientErrorKind } from "@portone-typed/internal";

/** What went wrong (`api`: the envelope's non-zero `code`, with HTTP 200 or an error status); see `ClientErrorKind`. */
export type IamportErrorKind = ClientErrorKind;

export interface IamportErrorInit<Operation extends string> extends ClientErrorInit<Operation> {
  readonly code?: number | undefined;
  readonly serverMessage?: string | null | undefined;
}

/**
 * The one error the V1 client throws. It carries the operation, the envelope's `code` and
 * `message`, the HTTP status and the raw body, and never the key, the secret or the token.
 */
export class IamportError<Operation extends string = string> extends ClientError<Operation> {
  override readonly name = "IamportError";
  /** The envelope's non-zero `code` (kind `api`). */
  readonly code: number | undefined;
  /** The envelope's `message` (kind `api`), PortOne's explanation in Korean. */
  readonly serverMessage: string | null | undefined;

  constructor(init: IamportErrorInit<Operation>) {
    super(init);
    this.code = init.code;
    this.serverMessage = init.serverMessage;
  }
}

/** Whether `error` is an `IamportError`, of `operation` when one is given. */
export function isIamportError<Operation extends string>(
  error: unknown,
  operation?: Operation,
): error is IamportError<Operation> {
  return error instanceof IamportError && (operation === undefined || error.operation === operation);
}
