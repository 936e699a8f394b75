import {
  prepareBypass,
  type KcpV2IdentityVerificationBypass,
  type UntypedBypass,
} from "@portone-typed/internal";
import { PortOneError } from "../core/errors.js";

export {
  isKcpSmsMessage,
  untypedBypass,
  type KcpSmsMessage,
  type KcpV2IdentityVerificationBypass,
  type UntypedBypass,
} from "@portone-typed/internal";

/** 다날 (`danal`) parameters of a V2 identity verification send. */
export interface DanalIdentityVerificationBypass {
  /** Minimum age (만 나이) allowed to verify. */
  readonly AGELIMIT?: number;
  /** Merchant service URL or app/service name KISA shows (e.g. `www.MarketA.co.kr`); PortOne fills `포트원` when absent. */
  readonly CPTITLE?: string;
}

/** PG-specific parameters of `sendIdentityVerification`, keyed by PG, for the PGs that verify by API. */
export interface IdentityVerificationBypass {
  readonly kcpV2?: KcpV2IdentityVerificationBypass;
  readonly danal?: DanalIdentityVerificationBypass;
}

/** The object to send as `bypass`, after checking what TypeScript cannot (or what plain JavaScript skipped). */
export function bypassToSend(
  operation: string,
  bypass: IdentityVerificationBypass | UntypedBypass | undefined,
): Record<string, unknown> | undefined {
  if (bypass === undefined) return undefined;
  const prepared = prepareBypass<IdentityVerificationBypass>(bypass, ["kcpV2", "danal"], ({ danal }) =>
    danal?.AGELIMIT !== undefined && !Number.isInteger(danal.AGELIMIT)
      ? `danal.AGELIMIT must be a whole number, not ${JSON.stringify(danal.AGELIMIT)}`
      : undefined,
  );
  if ("problem" in prepared)
    throw new PortOneError({ kind: "request", operation, message: `bypass: ${prepared.problem}` });
  return prepared.send;
}
