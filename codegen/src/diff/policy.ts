import type { ChangeKind, Side } from "./changes.js";

export type Verdict = "breaking" | "warning" | "ok" | "exempt" | "unreferenced" | "documentation";

export const VERDICT_ORDER: readonly Verdict[] = [
  "breaking",
  "warning",
  "ok",
  "exempt",
  "unreferenced",
  "documentation",
];

type Rule = Verdict | ((details: Readonly<Record<string, unknown>>) => Verdict);

/** A clause of docs/compat-policy.md: PortOne's promise (P), its exemptions (E), our reading (R). */
export type PolicyClause = `${"P" | "E" | "R"}${number}`;

/**
 * PortOne's compatibility promise (docs/compat-policy.md) as a verdict per change
 * kind and side. Operation-level kinds use the request rule.
 */
const RULES: Readonly<
  Record<
    ChangeKind,
    {
      readonly request: Rule;
      readonly response: Rule;
      /** The clauses of docs/compat-policy.md the verdicts rest on. */
      readonly clauses: readonly PolicyClause[];
    }
  >
> = {
  "operation-removed": { request: "breaking", response: "breaking", clauses: ["P1", "E3"] },
  "operation-added": { request: "ok", response: "ok", clauses: ["P8"] },
  "operation-became-unstable": { request: "warning", response: "warning", clauses: ["R4", "E1"] },
  "operation-became-stable": { request: "ok", response: "ok", clauses: ["E1"] },
  "security-changed": { request: "breaking", response: "breaking", clauses: ["P1"] },
  "server-changed": { request: "warning", response: "warning", clauses: ["R11"] },
  "parameter-removed": { request: "breaking", response: "breaking", clauses: ["P1"] },
  "parameter-added": {
    request: (details) => (details.required ? "breaking" : "ok"),
    response: "ok",
    clauses: ["P2", "P8"],
  },
  "parameter-became-required": { request: "breaking", response: "ok", clauses: ["P2"] },
  "parameter-became-optional": { request: "ok", response: "ok", clauses: ["P2"] },
  "request-body-removed": { request: "breaking", response: "breaking", clauses: ["P1"] },
  "request-body-added": {
    request: (details) => (details.required ? "breaking" : "ok"),
    response: "ok",
    clauses: ["P2"],
  },
  "request-body-became-required": { request: "breaking", response: "ok", clauses: ["P2"] },
  "request-body-became-optional": { request: "ok", response: "ok", clauses: ["P2"] },
  "content-type-removed": { request: "breaking", response: "breaking", clauses: ["P1"] },
  "content-type-added": { request: "ok", response: "ok", clauses: ["P8"] },
  "response-removed": {
    request: "ok",
    response: (details) => (String(details.status).startsWith("2") ? "breaking" : "warning"),
    clauses: ["P5", "R5"],
  },
  "response-added": { request: "ok", response: "ok", clauses: ["P8"] },
  "property-removed": { request: "breaking", response: "breaking", clauses: ["P3", "P5"] },
  "property-added": {
    request: (details) => (details.required ? "breaking" : "ok"),
    response: "ok",
    clauses: ["P2", "P8"],
  },
  "property-became-required": { request: "breaking", response: "ok", clauses: ["P2"] },
  "property-became-optional": { request: "ok", response: "breaking", clauses: ["P6"] },
  "type-changed": { request: "breaking", response: "breaking", clauses: ["P3", "P7"] },
  "enum-value-removed": { request: "breaking", response: "warning", clauses: ["P4", "R6"] },
  "enum-value-added": { request: "ok", response: "ok", clauses: ["P8"] },
  "enum-restricted": { request: "breaking", response: "ok", clauses: ["P4"] },
  "enum-unrestricted": { request: "ok", response: "warning", clauses: ["R6"] },
  "union-case-removed": { request: "breaking", response: "warning", clauses: ["P3", "R6"] },
  "union-case-added": { request: "ok", response: "ok", clauses: ["P8"] },
  "discriminator-value-renamed": { request: "breaking", response: "breaking", clauses: ["R9"] },
  "format-changed": { request: "warning", response: "warning", clauses: ["R2"] },
  "per-pg-changed": { request: "warning", response: "warning", clauses: ["R3"] },
  "error-status-changed": { request: "ok", response: "breaking", clauses: ["R10"] },
  "schema-added": { request: "ok", response: "ok", clauses: ["R7"] },
  "schema-removed": { request: "ok", response: "ok", clauses: ["R7"] },
  documentation: { request: "documentation", response: "documentation", clauses: ["R8"] },
};

/** The clauses of docs/compat-policy.md a change kind's verdicts rest on. */
export function clausesOf(kind: ChangeKind): readonly PolicyClause[] {
  return RULES[kind].clauses;
}

/** Kinds whose `ok` on the response side still asks something of clients. */
const NOTES: Partial<Record<ChangeKind, string>> = {
  "enum-value-added": "exhaustive switches need a branch for it",
  "union-case-added": "exhaustive switches need a branch for it",
};

const severity = (verdict: Verdict) => VERDICT_ORDER.indexOf(verdict);

/** The verdict of a change reached on `sides` (none: an operation-level change). */
export function verdictOf(
  kind: ChangeKind,
  details: Readonly<Record<string, unknown>>,
  sides: ReadonlySet<Side>,
): Verdict {
  const rules = RULES[kind];
  const verdicts = (sides.size === 0 ? (["request"] as Side[]) : [...sides]).map((side) => {
    const rule = rules[side];
    return typeof rule === "function" ? rule(details) : rule;
  });
  return verdicts.reduce((worst, verdict) => (severity(verdict) < severity(worst) ? verdict : worst));
}

export function noteOf(kind: ChangeKind, sides: ReadonlySet<Side>): string | undefined {
  // Not on the wire, but in generated code: a type of that name is gone.
  if (kind === "schema-removed") return "code that names its generated type must change";
  return sides.has("response") ? NOTES[kind] : undefined;
}
