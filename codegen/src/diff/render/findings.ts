import { VERDICT_ORDER, type Verdict } from "../policy.js";
import type { ReportedChange, ReportedOperation, ReportedSide } from "../report.js";
import { ruleOf, type ChangeKind, type Scope } from "../rules/index.js";
import { changeText } from "./shared.js";

/**
 * What a reviewer reads as one thing: the changes of one kind at one place with one verdict and
 * the same reach (43 values removed from the enum `Bank` used by 15 operations), with the
 * operations listed once.
 */
export interface Finding {
  readonly verdict: Verdict;
  readonly kind: ChangeKind;
  readonly scope: Scope;
  readonly location: string;
  readonly schema?: string | undefined;
  readonly side?: ReportedSide | undefined;
  readonly text: string;
  readonly changes: readonly ReportedChange[];
  readonly operations: readonly ReportedOperation[];
}

function textOf(changes: readonly ReportedChange[]): string {
  const [first] = changes;
  if (changes.length === 1 || first === undefined) return first ? changeText(first) : "";
  const { many } = ruleOf(first.kind);
  const text = many
    ? many(changes.map((change) => change.details))
    : changes.map((change) => change.message).join("; ");
  return first.note ? `${text} (${first.note})` : text;
}

/** The side a finding is seen on, `operation` for an operation's own change, `-` where none reaches it. */
export function sideText(finding: Pick<Finding, "side" | "scope">): string {
  return finding.side ?? (finding.scope === "operation" ? "operation" : "-");
}

/** The report's changes as findings, in the report's order (by verdict, then location). */
export function findingsOf(changes: readonly ReportedChange[]): Finding[] {
  const groups = new Map<string, ReportedChange[]>();
  for (const change of changes) {
    const reach = change.operations.map(
      (operation) => `${operation.key}:${operation.verdict}:${operation.side}`,
    );
    const key = JSON.stringify([change.verdict, change.kind, change.location, change.side, reach]);
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    return {
      verdict: first.verdict,
      kind: first.kind,
      scope: ruleOf(first.kind).scope,
      location: first.location,
      schema: first.schema,
      side: first.side,
      text: textOf(group),
      changes: group,
      operations: first.operations,
    };
  });
}

/** Findings the way a reviewer reads them: per named schema, then per operation, then the rest. */
export interface GroupedFindings {
  /** By schema name, sorted; each with the operations any of its findings reaches. */
  readonly schemas: readonly {
    readonly schema: string;
    readonly operations: readonly ReportedOperation[];
    readonly findings: readonly Finding[];
  }[];
  /** By operation key, sorted: findings in no named schema (parameters, bodies, responses, the operation itself). */
  readonly operations: readonly {
    readonly operation: ReportedOperation;
    readonly findings: readonly Finding[];
  }[];
  /** About the whole API, the set of schemas, or nothing any operation reaches. */
  readonly rest: readonly Finding[];
}

const byName = <T>(entries: Map<string, T>) => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

export function groupFindings(findings: readonly Finding[]): GroupedFindings {
  const schemas = new Map<string, { operations: Map<string, ReportedOperation>; findings: Finding[] }>();
  const operations = new Map<string, { operation: ReportedOperation; findings: Finding[] }>();
  const rest: Finding[] = [];
  for (const finding of findings) {
    if (finding.operations.length === 0) rest.push(finding);
    else if (finding.schema !== undefined) {
      const group = schemas.get(finding.schema) ?? {
        operations: new Map<string, ReportedOperation>(),
        findings: [] as Finding[],
      };
      // An operation the schema's findings reach with several verdicts is shown with its worst.
      for (const operation of finding.operations) {
        const known = group.operations.get(operation.key);
        if (!known || VERDICT_ORDER.indexOf(operation.verdict) < VERDICT_ORDER.indexOf(known.verdict))
          group.operations.set(operation.key, operation);
      }
      group.findings.push(finding);
      schemas.set(finding.schema, group);
    } else {
      // A parameter, body or response change is one operation's; an operation change too.
      for (const operation of finding.operations) {
        const group = operations.get(operation.key) ?? { operation, findings: [] };
        group.findings.push(finding);
        operations.set(operation.key, group);
      }
    }
  }
  return {
    schemas: byName(schemas).map(([schema, group]) => ({
      schema,
      operations: byName(group.operations).map(([, operation]) => operation),
      findings: group.findings,
    })),
    operations: byName(operations).map(([, group]) => group),
    rest,
  };
}
