/** An SMS text KCP accepts: it contains `[000000]`, where KCP puts the 6-digit code. */
export type KcpSmsMessage = `${string}[000000]${string}`;

/** Whether a text built at run time (from config, say) is a `KcpSmsMessage`. */
export function isKcpSmsMessage(text: string): text is KcpSmsMessage {
  return text.includes("[000000]");
}

/**
 * NHN KCP (`kcpV2`) identity verification parameters, the same in V1 and V2. Keys are sent
 * exactly as written (the REST APIs spell the PG key `kcpV2`; the browser SDK's `kcp_v2` is not it).
 */
export interface KcpV2IdentityVerificationBypass {
  /** Media type, required when verifying by API: `MC01` PC, `MC02` mobile. */
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

/** Why a `kcpV2` bypass cannot be sent (what plain JavaScript or a cast let through), or undefined. */
export function kcpV2Problem(bypass: KcpV2IdentityVerificationBypass): string | undefined {
  const { media_type: mediaType, cp_sms_msg: smsMessage } = bypass;
  if (mediaType !== "MC01" && mediaType !== "MC02")
    return `kcpV2.media_type must be "MC01" or "MC02", not ${JSON.stringify(mediaType)}`;
  if (smsMessage !== undefined && !isKcpSmsMessage(String(smsMessage))) {
    return "kcpV2.cp_sms_msg must contain [000000], which KCP replaces with the 6-digit code";
  }
  return undefined;
}

declare const untypedBrand: unique symbol;

/** A bypass object sent as given, made by `untypedBypass()`. */
export interface UntypedBypass {
  readonly [untypedBrand]: true;
  /**
   * Never set; it makes an `UntypedBypass` assignable where a typed bypass (whose PG keys are all
   * optional, and which always has `kcpV2`) is expected, in the generated types too.
   */
  readonly kcpV2?: never;
}

const UNTYPED = Symbol.for("@portone-typed.untypedBypass");

/**
 * The escape hatch for PGs a package has not typed: the object goes to PortOne as given,
 * unchecked. The typed bypass keeps catching typos everywhere else.
 */
export function untypedBypass(bypass: Readonly<Record<string, unknown>>): UntypedBypass {
  return { [UNTYPED]: bypass } as unknown as UntypedBypass;
}

/** The object inside an `untypedBypass()`, or undefined for a typed bypass. */
export function untypedContent(bypass: object): Record<string, unknown> | undefined {
  const content = (bypass as { [UNTYPED]?: Record<string, unknown> })[UNTYPED];
  return content === undefined ? undefined : { ...content };
}

/**
 * The object to send as `bypass`, or why it cannot be sent: `untypedBypass()` content as
 * given; a typed bypass only with the PG keys `typedPgs`, its `kcpV2` checked, and whatever
 * `check` finds for the other PGs.
 */
export function prepareBypass<Typed extends { readonly kcpV2?: KcpV2IdentityVerificationBypass }>(
  bypass: Typed | UntypedBypass,
  typedPgs: readonly string[],
  check: (typed: Typed) => string | undefined = () => undefined,
): { readonly send: Record<string, unknown> } | { readonly problem: string } {
  const untyped = untypedContent(bypass);
  if (untyped !== undefined) return { send: untyped };
  const typed = bypass as Typed;
  const unknownPg = Object.keys(typed).find((key) => !typedPgs.includes(key));
  if (unknownPg !== undefined) {
    return {
      problem: `unknown PG key "${unknownPg}" (typed: ${typedPgs.join(", ")}; use untypedBypass() for others)`,
    };
  }
  const problem = (typed.kcpV2 === undefined ? undefined : kcpV2Problem(typed.kcpV2)) ?? check(typed);
  return problem === undefined ? { send: { ...typed } } : { problem };
}
