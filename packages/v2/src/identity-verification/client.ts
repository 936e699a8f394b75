import type { PortOneError } from "../core/errors.js";
import type {
  CallOptions,
  IdentityVerificationClient as GeneratedIdentityVerificationClient,
  operationTable,
  OperationErrors,
  SendIdentityVerificationInput as GeneratedSendIdentityVerificationInput,
  SendIdentityVerificationResponse,
} from "../generated/identity-verification.js";
import { bypassToSend, type IdentityVerificationBypass, type UntypedBypass } from "./bypass.js";

export type { CallOptions };

/** The operationId of an identity verification operation. */
export type IdentityVerificationOperation = keyof typeof operationTable;

/** The error union an operation's failures are cases of (its `x-portone-error`). */
export type ErrorOf<Operation extends IdentityVerificationOperation> = OperationErrors[Operation];

/** The `PortOneError` an identity verification method throws; `data` is narrowable by `type`. */
export type IdentityVerificationError<
  Operation extends IdentityVerificationOperation = IdentityVerificationOperation,
> = PortOneError<Operation, ErrorOf<Operation>>;

export interface SendIdentityVerificationInput extends Omit<
  GeneratedSendIdentityVerificationInput,
  "bypass"
> {
  /** PG-specific parameters, typed per PG; `untypedBypass({...})` for PGs not typed here. */
  readonly bypass?: IdentityVerificationBypass | UntypedBypass;
}

/**
 * PortOne's identity verification (본인인증) operations, named as PortOne's own SDKs name them:
 * the generated operation style, with `bypass` typed per PG and checked before sending.
 *
 * They return the payload and throw a `PortOneError` on failure, as PortOne's SDKs do. The
 * path-style methods (`client.GET(...)`) return `{ data } | { error }` instead.
 */
export interface IdentityVerificationClient extends Omit<
  GeneratedIdentityVerificationClient,
  "sendIdentityVerification"
> {
  /** 본인인증 요청 전송 (SMS or APP); `bypass` typed per PG. */
  sendIdentityVerification(
    input: SendIdentityVerificationInput,
    options?: CallOptions,
  ): Promise<SendIdentityVerificationResponse>;
}

/** The generated identity verification group, with `bypass` checked (and typed) before it is sent. */
export function withCheckedBypass(group: GeneratedIdentityVerificationClient): IdentityVerificationClient {
  const send = group.sendIdentityVerification;
  return Object.assign(Object.create(null) as object, group, {
    async sendIdentityVerification(input: SendIdentityVerificationInput, options?: CallOptions) {
      const bypass = bypassToSend("sendIdentityVerification", input.bypass);
      const { bypass: _, ...rest } = input;
      return send(bypass === undefined ? rest : { ...rest, bypass }, options);
    },
  }) as IdentityVerificationClient;
}
