import { VERDICT_ORDER, type Verdict } from "../policy.js";
import type { DiffReport, ReportedChange, ReportedOperation } from "../report.js";
import { ACTIONABLE, changeText, countsLine, shownChanges, sideText, specLine } from "./shared.js";

const MARK: Readonly<Record<Verdict, string>> = {
  breaking: "✖ BREAKING",
  warning: "▲ warning ",
  ok: "✔ ok      ",
  exempt: "○ exempt  ",
  unreferenced: "· unref.  ",
  documentation: "· docs    ",
};

/** One change; under an operation, with the verdict and side it has there. */
const line = (change: ReportedChange, at?: ReportedOperation) =>
  `  ${MARK[at?.verdict ?? change.verdict]}  ${(at && !change.kind.startsWith("operation-") ? at.side : sideText(change)).padEnd(9)} ` +
  `${at && change.kind.startsWith("operation-") ? "" : `${change.location}: `}${changeText(change)}`;

const operationHeading = (operation: ReportedOperation) =>
  `${operation.key}${operation.operationId ? `  (${operation.operationId})` : ""}${operation.unstable ? "  [x-portone-unstable]" : ""}`;

/**
 * The readable report: changes grouped under each operation they affect (a change to a shared
 * schema appears under every operation using it), then those no operation reaches.
 */
export function renderText(report: DiffReport, options: { verbose?: boolean } = {}): string {
  const verbose = options.verbose ?? false;
  const out = [`old: ${specLine(report.old)}`, `new: ${specLine(report.new)}`, "", countsLine(report)];
  const changes = shownChanges(report, verbose);
  // Under each operation, a change shows the verdict it has there (exempt for an unstable one).
  const byOperation = new Map<
    string,
    { operation: ReportedOperation; changes: { change: ReportedChange; at: ReportedOperation }[] }
  >();
  const unattached: ReportedChange[] = [];
  for (const change of changes) {
    if (change.operations.length === 0) unattached.push(change);
    for (const operation of change.operations) {
      if (!verbose && !ACTIONABLE.has(operation.verdict)) continue;
      const group = byOperation.get(operation.key) ?? { operation, changes: [] };
      group.changes.push({ change, at: operation });
      byOperation.set(operation.key, group);
    }
  }
  const rank = (group: { changes: { at: ReportedOperation }[] }) =>
    Math.min(...group.changes.map(({ at }) => VERDICT_ORDER.indexOf(at.verdict)));
  const groups = [...byOperation.values()].sort(
    (a, b) => rank(a) - rank(b) || (a.operation.key < b.operation.key ? -1 : 1),
  );
  for (const group of groups) {
    out.push("", operationHeading(group.operation));
    for (const { change, at } of group.changes) out.push(line(change, at));
  }
  if (unattached.length > 0) {
    out.push("", "Not used by any operation, or about the set of schemas or the whole API:");
    for (const change of unattached) out.push(line(change));
  }
  if (report.suppressed.length > 0) {
    out.push("", `Accepted by the ignore file (${report.suppressed.length}):`);
    for (const change of report.suppressed)
      out.push(`  ${change.verdict.padEnd(12)} ${change.id}`, `               reason: ${change.reason}`);
  }
  if (report.unusedIgnores.length > 0) {
    out.push("", "Ignore-file entries that matched no change (stale?):");
    for (const entry of report.unusedIgnores)
      out.push(`  #${entry.index} ${JSON.stringify(entry.matcher)}: ${entry.reason}`);
  }
  const hidden = report.changes.length - changes.length;
  if (hidden > 0) {
    const kinds = VERDICT_ORDER.filter((verdict) => !ACTIONABLE.has(verdict) && report.summary[verdict] > 0);
    out.push("", `${hidden} changes not shown (${kinds.join(", ")}); --verbose shows every change.`);
  }
  return `${out.join("\n")}\n`;
}
