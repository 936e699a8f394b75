import { ClientError, type ClientErrorInit, type ClientErrorKind } from "@portone-typed/internal";

/** What went wrong (`api`: a case of the operation's error union in `data`); see `ClientErrorKind`. */
export type PortOneErrorKind = ClientErrorKind;

export interface PortOneErrorInit<Operation extends string, Data> extends ClientErrorInit<Operation> {
  readonly data?: Data | undefined;
}

/**
 * The one error the client throws. It carries the operation, the HTTP status, PortOne's
 * error `type` and body where there was an answer, and never the API secret or any header.
 */
export class PortOneError<Operation extends string = string, Data = unknown> extends ClientError<Operation> {
  override readonly name = "PortOneError";
  /** PortOne's error `type` (kind `api`), e.g. `IDENTITY_VERIFICATION_ALREADY_SENT`. */
  readonly type: string | undefined;
  /** The parsed error body (kind `api`): a case of the operation's error union, narrowable by `type`. */
  readonly data: Data | undefined;

  constructor(init: PortOneErrorInit<Operation, Data>) {
    super(init);
    this.data = init.data;
    const type = (init.data as { type?: unknown } | undefined)?.type;
    this.type = typeof type === "string" ? type : undefined;
  }
}

/** Whether `error` is a `PortOneError`, of `operation` when one is given. */
export function isPortOneError(error: unknown, operation?: string): error is PortOneError {
  return error instanceof PortOneError && (operation === undefined || error.operation === operation);
}
