import { VERDICT_ORDER, type Verdict } from "../policy.js";
import type { DiffReport, ReportedChange, ReportedSpec } from "../report.js";

/** Verdicts shown unless the reader asks for everything: the ones that ask for action. */
export const ACTIONABLE: ReadonlySet<Verdict> = new Set(["breaking", "warning"]);

/** `2 breaking, 1 warning, 19 ok, 4 exempt, …`: every verdict, in policy order. */
export function countsLine(report: DiffReport): string {
  const parts = VERDICT_ORDER.map((verdict) => {
    const count = report.summary[verdict];
    return `${count} ${verdict === "warning" && count !== 1 ? "warnings" : verdict}`;
  });
  if (report.summary.suppressed > 0) parts.push(`${report.summary.suppressed} accepted by the ignore file`);
  return parts.join(", ");
}

export function specLine(spec: ReportedSpec): string {
  const dialect = spec.dialect === "swagger2" ? "Swagger 2.0" : "OpenAPI 3";
  return `${spec.label ?? spec.source} (${dialect}, info.version ${spec.version || "none"}, sha256 ${spec.sha256.slice(0, 12)})`;
}

/** `type changed from string to object` plus what it still asks of clients. */
export function changeText(change: ReportedChange): string {
  return change.note ? `${change.message} (${change.note})` : change.message;
}

/** Changes of the verdicts to show, in report order. */
export function shownChanges(report: DiffReport, verbose: boolean): ReportedChange[] {
  return report.changes.filter((change) => verbose || ACTIONABLE.has(change.verdict));
}
