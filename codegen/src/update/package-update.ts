import type { Verdict } from "../diff/policy.js";
import { VERDICT_ORDER } from "../diff/policy.js";
import type { DiffReport, ReportedChange } from "../diff/report.js";
import type { ApiName } from "../model/model.js";
import { compareSurfaces, type ApiSurface, type SurfaceChange } from "./api-surface.js";

/** A changeset bump: breaking → major, additions → minor, documentation only → patch. */
export type Bump = "major" | "minor" | "patch";

/** What a spec update does to one package, for its users and its version. */
export interface PackageUpdate {
  readonly api: ApiName;
  readonly packageName: string;
  /** The pinned version and the new one, as people name them (`a511c22a (2026-07-03)`). */
  readonly from: string;
  readonly to: string;
  readonly surface: readonly SurfaceChange[];
  /** The spec diff's changes to what the package ships (V1's package covers only its scope). */
  readonly changes: readonly ReportedChange[];
  readonly summary: Readonly<Record<Verdict, number>>;
  /** Undefined when nothing the package ships changed. */
  readonly bump: Bump | undefined;
}

const REMOVALS = new Set<SurfaceChange["kind"]>([
  "type-removed",
  "operation-removed",
  "case-removed",
  "enum-value-removed",
]);

function touchesPackage(change: ReportedChange, before: ApiSurface, after: ApiSurface): boolean {
  const operations = (id: string | undefined) =>
    id !== undefined && (before.operations.has(id) || after.operations.has(id));
  if (change.operations.some((operation) => operations(operation.operationId))) return true;
  const type = change.schema;
  return type !== undefined && (before.types.has(type) || after.types.has(type));
}

function bumpFor(
  surface: readonly SurfaceChange[],
  summary: Readonly<Record<Verdict, number>>,
): Bump | undefined {
  if (summary.breaking > 0 || surface.some((change) => REMOVALS.has(change.kind))) return "major";
  const substantive = VERDICT_ORDER.some((verdict) => verdict !== "documentation" && summary[verdict] > 0);
  if (substantive || surface.length > 0) return "minor";
  return summary.documentation > 0 ? "patch" : undefined;
}

export function packageUpdate(
  report: DiffReport,
  before: ApiSurface,
  after: ApiSurface,
  labels: { readonly from: string; readonly to: string },
): PackageUpdate {
  const changes = report.changes.filter((change) => touchesPackage(change, before, after));
  const summary = Object.fromEntries(
    VERDICT_ORDER.map((verdict) => [verdict, changes.filter((change) => change.verdict === verdict).length]),
  ) as Record<Verdict, number>;
  const surface = compareSurfaces(before, after);
  return {
    api: after.api,
    packageName: after.packageName,
    ...labels,
    surface,
    changes,
    summary,
    bump: bumpFor(surface, summary),
  };
}
