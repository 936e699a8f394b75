import { prepareBypass, untypedContent, type UntypedBypass } from "@portone-typed/internal";
import { PortOneError } from "../core/errors.js";
import type { SendIdentityVerificationBody } from "../generated/identity-verification.js";

export {
  isKcpSmsMessage,
  untypedBypass,
  type KcpSmsMessage,
  type UntypedBypass,
} from "@portone-typed/internal";

/**
 * PG-specific parameters of `sendIdentityVerification`, keyed by PG, for the PGs that verify by
 * API. The generated types carry them (the generator's bypass overlay), so the operation style and
 * the path style check the same keys; this is their name.
 */
export type IdentityVerificationBypass = NonNullable<SendIdentityVerificationBody["bypass"]>;

/** Every PG the bypass types: a key per PG, so the compiler fails when the overlay adds one this file does not check. */
const TYPED_PG_KEYS = { kcpV2: true, danal: true } as const satisfies Record<
  keyof IdentityVerificationBypass,
  true
>;
const TYPED_PGS = Object.keys(TYPED_PG_KEYS) as (keyof IdentityVerificationBypass)[];

/** What a typed identity verification bypass breaks that TypeScript cannot see (or that plain JavaScript skipped). */
function identityVerificationBypass(operation: string, bypass: object): Record<string, unknown> {
  const prepared = prepareBypass<IdentityVerificationBypass>(
    bypass as IdentityVerificationBypass | UntypedBypass,
    TYPED_PGS,
    ({ danal }) =>
      danal?.AGELIMIT !== undefined && !Number.isInteger(danal.AGELIMIT)
        ? `danal.AGELIMIT must be a whole number, not ${JSON.stringify(danal.AGELIMIT)}`
        : undefined,
  );
  if ("problem" in prepared)
    throw new PortOneError({ kind: "request", operation, message: `bypass: ${prepared.problem}` });
  return prepared.send;
}

type BypassCheck = (operation: string, bypass: object) => Record<string, unknown>;

/**
 * The operations whose `bypass` has typed PG keys, and their checks. A type test holds the keys
 * to the operations whose generated body types a `bypass` (test/types.test-d.ts), so an
 * operationId PortOne renames, or an overlay that types another operation's bypass, fails it.
 */
const TYPED_BYPASS = {
  sendIdentityVerification: identityVerificationBypass,
} as const satisfies Readonly<Record<string, BypassCheck>>;

/** The operationIds TYPED_BYPASS checks. */
export type TypedBypassOperation = keyof typeof TYPED_BYPASS;

/**
 * The `bypass` of a request body as it is sent, in both styles: checked where its PG keys are
 * typed; `untypedBypass()` content as given anywhere (JSON would drop it otherwise); else as is.
 */
export function bypassToSend(operation: string, bypass: unknown): unknown {
  if (bypass === null || typeof bypass !== "object") return bypass;
  const checks: Readonly<Record<string, BypassCheck>> = TYPED_BYPASS;
  const check = Object.hasOwn(checks, operation) ? checks[operation] : undefined;
  if (check) return check(operation, bypass);
  return untypedContent(bypass) ?? bypass;
}
