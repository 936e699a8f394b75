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
const RULES: Readonly<Record<ChangeKind, { readonly request: Rule; readonly response: Rule }>> = {
  "operation-removed": { request: "breaking", response: "breaking" },
  "operation-added": { request: "ok", response: "ok" },
  "operation-became-unstable": { request: "warning", response: "warning" },
  "operation-became-stable": { request: "ok", response: "ok" },
  "security-changed": { request: "breaking", response: "breaking" },
  "server-changed": { request: "warning", response: "warning" },
  "parameter-removed": { request: "breaking", response: "breaking" },
  "parameter-added": { request: (details) => (details.required ? "breaking" : "ok"), response: "ok" },
  "parameter-became-required": { request: "breaking", response: "ok" },
  "parameter-became-optional": { request: "ok", response: "ok" },
  "request-body-removed": { request: "breaking", response: "breaking" },
  "request-body-added": { request: (details) => (details.required ? "breaking" : "ok"), response: "ok" },
  "request-body-became-required": { request: "breaking", response: "ok" },
  "request-body-became-optional": { request: "ok", response: "ok" },
  "content-type-removed": { request: "breaking", response: "breaking" },
  "content-type-added": { request: "ok", response: "ok" },
  "response-removed": {
    request: "ok",
    response: (details) => (String(details.status).startsWith("2") ? "breaking" : "warning"),
  },
  "response-added": { request: "ok", response: "ok" },
  "property-removed": { request: "breaking", response: "breaking" },
  "property-added": { request: (details) => (details.required ? "breaking" : "ok"), response: "ok" },
  "property-became-required": { request: "breaking", response: "ok" },
  "property-became-optional": { request: "ok", response: "breaking" },
  "type-changed": { request: "breaking", response: "breaking" },
  "enum-value-removed": { request: "breaking", response: "warning" },
  "enum-value-added": { request: "ok", response: "ok" },
  "enum-restricted": { request: "breaking", response: "ok" },
  "enum-unrestricted": { request: "ok", response: "warning" },
  "union-case-removed": { request: "breaking", response: "warning" },
  "union-case-added": { request: "ok", response: "ok" },
  "discriminator-value-renamed": { request: "breaking", response: "breaking" },
  "format-changed": { request: "warning", response: "warning" },
  "per-pg-changed": { request: "warning", response: "warning" },
  "error-status-changed": { request: "ok", response: "breaking" },
  "schema-added": { request: "ok", response: "ok" },
  "schema-removed": { request: "ok", response: "ok" },
  documentation: { request: "documentation", response: "documentation" },
};

/** The clauses of docs/compat-policy.md each kind's rule implements. */
const CLAUSES: Readonly<Record<ChangeKind, readonly PolicyClause[]>> = {
  "operation-removed": ["P1", "E3"],
  "operation-added": ["P8"],
  "operation-became-unstable": ["R4", "E1"],
  "operation-became-stable": ["E1"],
  "security-changed": ["P1"],
  "server-changed": ["R11"],
  "parameter-removed": ["P1"],
  "parameter-added": ["P2", "P8"],
  "parameter-became-required": ["P2"],
  "parameter-became-optional": ["P2"],
  "request-body-removed": ["P1"],
  "request-body-added": ["P2"],
  "request-body-became-required": ["P2"],
  "request-body-became-optional": ["P2"],
  "content-type-removed": ["P1"],
  "content-type-added": ["P8"],
  "response-removed": ["P5", "R5"],
  "response-added": ["P8"],
  "property-removed": ["P3", "P5"],
  "property-added": ["P2", "P8"],
  "property-became-required": ["P2"],
  "property-became-optional": ["P6"],
  "type-changed": ["P3", "P7"],
  "enum-value-removed": ["P4", "R6"],
  "enum-value-added": ["P8"],
  "enum-restricted": ["P4"],
  "enum-unrestricted": ["R6"],
  "union-case-removed": ["P3", "R6"],
  "union-case-added": ["P8"],
  "discriminator-value-renamed": ["R9"],
  "format-changed": ["R2"],
  "per-pg-changed": ["R3"],
  "error-status-changed": ["R10"],
  "schema-added": ["R7"],
  "schema-removed": ["R7"],
  documentation: ["R8"],
};

/** The clauses of docs/compat-policy.md a change kind's verdicts rest on. */
export function clausesOf(kind: ChangeKind): readonly PolicyClause[] {
  return CLAUSES[kind];
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
