import {
  kcpV2Problem,
  untypedContent,
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
  const untyped = untypedContent(bypass);
  if (untyped !== undefined) return untyped;
  const typed = bypass as IdentityVerificationBypass;
  const refuse = (message: string): never => {
    throw new PortOneError({ kind: "request", operation, message: `bypass: ${message}` });
  };
  for (const key of Object.keys(typed)) {
    if (key !== "kcpV2" && key !== "danal")
      refuse(`unknown PG key "${key}" (typed: kcpV2, danal; use untypedBypass() for others)`);
  }
  const kcpProblem = typed.kcpV2 === undefined ? undefined : kcpV2Problem(typed.kcpV2);
  if (kcpProblem !== undefined) refuse(kcpProblem);
  if (typed.danal?.AGELIMIT !== undefined && !Number.isInteger(typed.danal.AGELIMIT)) {
    refuse(`danal.AGELIMIT must be a whole number, not ${JSON.stringify(typed.danal.AGELIMIT)}`);
  }
  return { ...typed };
}
