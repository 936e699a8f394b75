import {
  prepareBypass,
  type KcpV2IdentityVerificationBypass,
  type UntypedBypass,
} from "@portone-typed/internal";
import { IamportError } from "../core/errors.js";

export {
  isKcpSmsMessage,
  untypedBypass,
  type KcpSmsMessage,
  type KcpV2IdentityVerificationBypass,
  type UntypedBypass,
} from "@portone-typed/internal";

/**
 * PG-specific parameters of `requestOTP`. PortOne's V1 KCP guide sends `kcpV2` with the same
 * keys as V2; the spec declares `bypass` a string, so a form body carries it as JSON text
 * and a JSON body as the object.
 */
export interface CertificationBypass {
  readonly kcpV2?: KcpV2IdentityVerificationBypass;
}

/** The object to send as `bypass`, after checking what TypeScript cannot (or what plain JavaScript skipped). */
export function certificationBypassToSend(
  bypass: CertificationBypass | UntypedBypass | undefined,
): Record<string, unknown> | undefined {
  if (bypass === undefined) return undefined;
  const prepared = prepareBypass<CertificationBypass>(bypass, ["kcpV2"]);
  if ("problem" in prepared)
    throw new IamportError({
      kind: "request",
      operation: "requestOTP",
      message: `bypass: ${prepared.problem}`,
    });
  return prepared.send;
}
