import { ruleOf, type ChangeKind, type Level, type PolicyClause, type Side } from "./rules/index.js";

export type { PolicyClause } from "./rules/index.js";

/**
 * A change's verdict: its rule's level, or `exempt` where only unstable operations reach it,
 * or `unreferenced` where none does.
 */
export type Verdict = Level | "exempt" | "unreferenced";

export const VERDICT_ORDER: readonly Verdict[] = [
  "breaking",
  "warning",
  "ok",
  "exempt",
  "unreferenced",
  "documentation",
];

const severity = (verdict: Verdict) => VERDICT_ORDER.indexOf(verdict);

/** The clauses of docs/compat-policy.md a change kind's rule implements. */
export function clausesOf(kind: ChangeKind): readonly PolicyClause[] {
  return ruleOf(kind).clauses;
}

/**
 * The level of a change reached on `sides`: the worse of its rule's levels there. A change no
 * side reaches (about an operation, the document or the set of schemas) takes the request level.
 */
export function verdictOf(
  kind: ChangeKind,
  details: Readonly<Record<string, unknown>>,
  sides: ReadonlySet<Side>,
): Level {
  const { level } = ruleOf(kind);
  const levels = (sides.size === 0 ? (["request"] as Side[]) : [...sides]).map((side) => {
    const rule = level[side];
    return typeof rule === "function" ? rule(details) : rule;
  });
  return levels.reduce((worst, next) => (severity(next) < severity(worst) ? next : worst));
}

export function noteOf(kind: ChangeKind, sides: ReadonlySet<Side>): string | undefined {
  return ruleOf(kind).note?.(sides);
}
