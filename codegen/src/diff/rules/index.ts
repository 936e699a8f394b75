import { DOCUMENT_RULES } from "./document-rules.js";
import { OPERATION_RULES } from "./operation-rules.js";
import { REQUEST_RULES } from "./request-rules.js";
import { RESPONSE_RULES } from "./response-rules.js";
import type { Rule } from "./rule.js";
import { SCHEMA_RULES } from "./schema-rules.js";

export * from "./rule.js";

/** Every rule of the diff: one per change kind. */
export const RULES = [
  ...OPERATION_RULES,
  ...DOCUMENT_RULES,
  ...REQUEST_RULES,
  ...RESPONSE_RULES,
  ...SCHEMA_RULES,
] as const;

export type ChangeKind = (typeof RULES)[number]["kind"];

export const CHANGE_KINDS: readonly ChangeKind[] = RULES.map((rule) => rule.kind);

// Any rule, whatever its details: the report reads rules without knowing which.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRule = Rule<ChangeKind, any>;

const BY_KIND: ReadonlyMap<ChangeKind, AnyRule> = new Map(RULES.map((rule: AnyRule) => [rule.kind, rule]));

export function ruleOf(kind: ChangeKind): AnyRule {
  return BY_KIND.get(kind)!;
}
