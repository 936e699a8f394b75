import { PortOneError } from "../core/errors.js";

/** An SMS text KCP accepts: it contains `[000000]`, where KCP puts the 6-digit code. */
export type KcpSmsMessage = `${string}[000000]${string}`;

/** Whether a text built at run time (from config, say) is a `KcpSmsMessage`. */
export function isKcpSmsMessage(text: string): text is KcpSmsMessage {
  return text.includes("[000000]");
}

/**
 * NHN KCP (`kcpV2`) parameters of a V2 identity verification send. Keys are sent exactly as
 * written (PortOne's REST API spells the PG key `kcpV2`; the browser SDK's `kcp_v2` is not it).
 */
export interface KcpV2IdentityVerificationBypass {
  /** Media type, required when sending by API: `MC01` PC, `MC02` mobile. */
  readonly media_type: "MC01" | "MC02";
  /** Site id used when generating the DI; defaults to the KCP-issued site id. */
  readonly web_siteid?: string;
  /**
   * Custom SMS text. KCP replaces `[000000]` with the 6-digit code, so it must contain it,
   * e.g. `[TEST SHOP]이용자번호는[000000]입니다.`
   */
  readonly cp_sms_msg?: KcpSmsMessage;
  /** Sender number of the SMS. Carriers reject internet-phone prefixes (070, 060, …) and invalid numbers. */
  readonly cp_callback?: string;
}

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

declare const untypedBrand: unique symbol;

/** A bypass object sent as given, made by `untypedBypass()`. */
export interface UntypedBypass {
  readonly [untypedBrand]: true;
}

const UNTYPED = Symbol.for("@portone-typed/v2.untypedBypass");

/**
 * The escape hatch for PGs this package has not typed: the object goes to PortOne as given,
 * unchecked. The typed `IdentityVerificationBypass` keeps catching typos everywhere else.
 */
export function untypedBypass(bypass: Readonly<Record<string, unknown>>): UntypedBypass {
  return { [UNTYPED]: bypass } as unknown as UntypedBypass;
}

/** The object to send as `bypass`, after checking what TypeScript cannot (or what plain JavaScript skipped). */
export function bypassToSend(
  operation: string,
  bypass: IdentityVerificationBypass | UntypedBypass | undefined,
): Record<string, unknown> | undefined {
  if (bypass === undefined) return undefined;
  const untyped = (bypass as { [UNTYPED]?: Record<string, unknown> })[UNTYPED];
  if (untyped !== undefined) return { ...untyped };
  const refuse = (message: string): never => {
    throw new PortOneError({ kind: "request", operation, message: `bypass: ${message}` });
  };
  const typed = bypass as IdentityVerificationBypass;
  const known = new Set(["kcpV2", "danal"]);
  for (const key of Object.keys(typed)) {
    if (!known.has(key))
      refuse(`unknown PG key "${key}" (typed: kcpV2, danal; use untypedBypass() for others)`);
  }
  if (typed.kcpV2 !== undefined) {
    const { media_type: mediaType, cp_sms_msg: smsMessage } = typed.kcpV2;
    if (mediaType !== "MC01" && mediaType !== "MC02")
      refuse(`kcpV2.media_type must be "MC01" or "MC02", not ${JSON.stringify(mediaType)}`);
    if (smsMessage !== undefined && !String(smsMessage).includes("[000000]")) {
      refuse("kcpV2.cp_sms_msg must contain [000000], which KCP replaces with the 6-digit code");
    }
  }
  if (typed.danal?.AGELIMIT !== undefined && !Number.isInteger(typed.danal.AGELIMIT)) {
    refuse(`danal.AGELIMIT must be a whole number, not ${JSON.stringify(typed.danal.AGELIMIT)}`);
  }
  return { ...typed };
}
