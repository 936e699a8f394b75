import { VERDICT_ORDER, type Verdict } from "../policy.js";
import type { DiffReport, ReportedOperation } from "../report.js";
import { findingsOf, groupFindings, sideText, type Finding } from "./findings.js";
import { ACTIONABLE, countsLine, shownChanges, specLine } from "./shared.js";

const MARK: Readonly<Record<Verdict, string>> = {
  breaking: "✖ BREAKING",
  warning: "▲ warning ",
  ok: "✔ ok      ",
  exempt: "○ exempt  ",
  unreferenced: "· unref.  ",
  documentation: "· docs    ",
};

/** One finding: its verdict, side and place (the place is the heading's, for an operation's own change). */
const line = (finding: Finding) =>
  `  ${MARK[finding.verdict]}  ${sideText(finding).padEnd(9)} ${finding.scope === "operation" ? "" : `${finding.location}: `}${finding.text}`;

const operationHeading = (operation: ReportedOperation) =>
  `${operation.key}${operation.operationId ? `  (${operation.operationId})` : ""}${operation.unstable ? "  [x-portone-unstable]" : ""}`;

const REACH_SHOWN = 3;

const rank = (findings: readonly Finding[]) =>
  Math.min(...findings.map((finding) => VERDICT_ORDER.indexOf(finding.verdict)));

/**
 * `used by 15 operations: GET /a, GET /b (exempt there), GET /c, +12 more`: where a change has
 * another verdict than its worst (an x-portone-unstable operation's are exempt), it says so.
 */
function reachText(operations: readonly ReportedOperation[], findings: readonly Finding[]): string {
  const worst = VERDICT_ORDER[rank(findings)];
  const shown = operations
    .slice(0, REACH_SHOWN)
    .map((operation) =>
      operation.verdict === worst ? operation.key : `${operation.key} (${operation.verdict} there)`,
    );
  const more = operations.length - shown.length;
  return `used by ${operations.length === 1 ? "1 operation" : `${operations.length} operations`}: ${shown.join(", ")}${more > 0 ? `, +${more} more` : ""}`;
}

/**
 * The readable report, grouped as a reviewer reads it: a change inside a named schema is listed
 * once under that schema with the operations it reaches, changes of one kind at one place are one
 * line (43 enum values removed), then each operation's own changes, then what no operation
 * reaches. Most severe first.
 */
export function renderText(report: DiffReport, options: { verbose?: boolean } = {}): string {
  const verbose = options.verbose ?? false;
  const out = [`old: ${specLine(report.old)}`, `new: ${specLine(report.new)}`, "", countsLine(report)];
  const changes = shownChanges(report, verbose);
  const grouped = groupFindings(findingsOf(changes));
  const schemas = [...grouped.schemas].sort((a, b) => rank(a.findings) - rank(b.findings));
  for (const group of schemas) {
    out.push("", `${group.schema}  (${reachText(group.operations, group.findings)})`);
    for (const finding of group.findings) out.push(line(finding));
  }
  const operations = [...grouped.operations].sort((a, b) => rank(a.findings) - rank(b.findings));
  for (const group of operations) {
    out.push("", operationHeading(group.operation));
    for (const finding of group.findings) out.push(line(finding));
  }
  if (grouped.rest.length > 0) {
    out.push("", "Not used by any operation, or about the set of schemas or the whole API:");
    for (const finding of grouped.rest) out.push(line(finding));
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
