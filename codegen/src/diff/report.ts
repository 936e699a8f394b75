import type { ChangeKind, ChangeLog, Side } from "./changes.js";
import { clausesOf, noteOf, VERDICT_ORDER, verdictOf, type PolicyClause, type Verdict } from "./policy.js";
import { ruleOf } from "./rules/index.js";
import type { SpecView } from "./spec-view.js";

/**
 * The JSON report of `portone-typed diff --format json`. Its shape is versioned by
 * `schemaVersion`: fields are only ever added within a version (README, "Spec diff").
 */
export interface DiffReport {
  readonly schemaVersion: 1;
  readonly old: ReportedSpec;
  readonly new: ReportedSpec;
  /** How many changes got each verdict (suppressed changes are counted only under `suppressed`). */
  readonly summary: Readonly<Record<Verdict, number>> & { readonly suppressed: number };
  /** Sorted by verdict (breaking first), then location, then id. */
  readonly changes: readonly ReportedChange[];
  /** Changes an ignore file accepted, each with the reason it gave. */
  readonly suppressed: readonly SuppressedChange[];
  /** Ignore-file entries that matched nothing: stale, or mistyped. */
  readonly unusedIgnores: readonly UnusedIgnore[];
}

export interface ReportedSpec {
  /** The path or URL as given. */
  readonly source: string;
  /** What to call it in reports, when the path is a temporary file (e.g. `v2 @ a511c22a00`). */
  readonly label?: string;
  readonly sha256: string;
  readonly dialect: "openapi3" | "swagger2";
  /** `info.version` (PortOne's V2 has kept 1.16.0 for years: no change signal). */
  readonly version: string;
}

export type ReportedSide = Side | "both";

export interface ReportedOperation {
  /** `POST /identity-verifications/{identityVerificationId}/send` */
  readonly key: string;
  readonly method: string;
  readonly path: string;
  readonly operationId?: string;
  /** Where in this operation the change is seen. */
  readonly side: ReportedSide;
  /** Marked `x-portone-unstable` in the old spec (the new one, for an added operation). */
  readonly unstable: boolean;
  /** The change's verdict for this operation (`exempt` where the operation is unstable). */
  readonly verdict: Verdict;
}

export interface ReportedChange {
  /** `kind:location[:detail]`: stable across runs, for ignore files. */
  readonly id: string;
  readonly verdict: Verdict;
  readonly kind: ChangeKind;
  /** Absent for changes no operation reaches, and for operation-level changes. */
  readonly side?: ReportedSide;
  readonly location: string;
  /** The named schema the change is in (its new name), absent for parameters, bodies and responses. */
  readonly schema?: string;
  readonly message: string;
  /** What an `ok` change still asks of clients, e.g. a branch for a new enum value. */
  readonly note?: string;
  /** The clauses of docs/compat-policy.md its verdict rests on (`P5`: no output field is removed). */
  readonly clauses: readonly PolicyClause[];
  readonly pointers: { readonly old?: string; readonly new?: string };
  readonly operations: readonly ReportedOperation[];
  readonly details: Readonly<Record<string, unknown>>;
}

export interface SuppressedChange extends ReportedChange {
  readonly reason: string;
}

export interface UnusedIgnore {
  /** Index of the entry in the ignore file's `ignore` list. */
  readonly index: number;
  readonly reason: string;
  readonly matcher: Readonly<Record<string, string>>;
}

/** Decides which changes to accept; the ignore file implements it. */
export interface ChangeFilter {
  /** The reason a change is accepted, or undefined. */
  reasonFor(change: ReportedChange): string | undefined;
  unused(): UnusedIgnore[];
}

const sideOf = (sides: ReadonlySet<Side>): ReportedSide | undefined =>
  sides.size === 2 ? "both" : sides.size === 1 ? [...sides][0] : undefined;

const worst = (verdicts: Verdict[]): Verdict =>
  verdicts.reduce((a, b) => (VERDICT_ORDER.indexOf(b) < VERDICT_ORDER.indexOf(a) ? b : a));

/**
 * The verdict of a change for one operation, by the sides it is seen on there: an unstable
 * operation's breaking changes and warnings are exempt.
 */
function decideFor(
  kind: ChangeKind,
  details: Readonly<Record<string, unknown>>,
  sides: ReadonlySet<Side>,
  unstable: boolean,
): Verdict {
  const verdict = verdictOf(kind, details, ruleOf(kind).scope === "operation" ? new Set() : sides);
  return unstable && (verdict === "breaking" || verdict === "warning") ? "exempt" : verdict;
}

/** The verdict of a change overall: the worst over its operations, so a schema shared with a stable operation is not exempt. */
function decide(
  kind: ChangeKind,
  details: Readonly<Record<string, unknown>>,
  operations: readonly ReportedOperation[],
): Verdict {
  const { scope } = ruleOf(kind);
  const level = verdictOf(kind, details, new Set());
  if (level === "documentation" || scope === "document" || scope === "component") return level;
  if (operations.length === 0) return "unreferenced";
  return worst(operations.map((operation) => operation.verdict));
}

function describeSpec(view: SpecView, label: string | undefined): ReportedSpec {
  return {
    source: view.source.file,
    ...(label ? { label } : {}),
    sha256: view.source.sha256,
    dialect: view.dialect,
    version: view.version,
  };
}

export interface ReportOptions {
  readonly filter?: ChangeFilter | undefined;
  readonly labels?: { readonly old?: string | undefined; readonly new?: string | undefined } | undefined;
}

const byVerdictThenLocation = (a: ReportedChange, b: ReportedChange) =>
  VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) ||
  (a.location < b.location ? -1 : a.location > b.location ? 1 : 0) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Turns what the comparison logged into the report: verdicts, operations, ignore-file suppressions. */
export function buildReport(
  log: ChangeLog,
  oldView: SpecView,
  newView: SpecView,
  options: ReportOptions = {},
): DiffReport {
  const { filter } = options;
  const changes: ReportedChange[] = [];
  const suppressed: SuppressedChange[] = [];
  for (const entry of log.entries()) {
    const operations = [...entry.operations]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, sides]): ReportedOperation => {
        const before = oldView.operations.get(key);
        const view = newView.operations.get(key) ?? before;
        const unstable = (before ?? view)?.unstable ?? false;
        return {
          key,
          method: view?.method ?? "",
          path: view?.path ?? "",
          ...(view?.operationId === undefined ? {} : { operationId: view.operationId }),
          side: sideOf(sides) ?? "request",
          unstable,
          verdict: decideFor(entry.change.kind, entry.change.details, sides, unstable),
        };
      });
    const { change } = entry;
    const side = ruleOf(change.kind).scope === "operation" ? undefined : sideOf(entry.sides);
    const note = noteOf(change.kind, entry.sides);
    const reported: ReportedChange = {
      id: change.id,
      verdict: decide(change.kind, change.details, operations),
      kind: change.kind,
      ...(side && operations.length > 0 ? { side } : {}),
      location: change.location,
      ...(change.schema === undefined ? {} : { schema: change.schema }),
      message: change.message,
      ...(note ? { note } : {}),
      clauses: clausesOf(change.kind),
      pointers: change.pointers,
      operations,
      details: change.details,
    };
    const reason = filter?.reasonFor(reported);
    if (reason === undefined) changes.push(reported);
    else suppressed.push({ ...reported, reason });
  }
  changes.sort(byVerdictThenLocation);
  suppressed.sort(byVerdictThenLocation);
  const summary = Object.fromEntries(VERDICT_ORDER.map((verdict) => [verdict, 0])) as Record<Verdict, number>;
  for (const change of changes) summary[change.verdict]++;
  return {
    schemaVersion: 1,
    old: describeSpec(oldView, options.labels?.old),
    new: describeSpec(newView, options.labels?.new),
    summary: { ...summary, suppressed: suppressed.length },
    changes,
    suppressed,
    unusedIgnores: filter?.unused() ?? [],
  };
}
