import { VERDICT_ORDER, type Verdict } from "../policy.js";
import type { DiffReport, ReportedChange } from "../report.js";
import { findingsOf, groupFindings, sideText, type Finding } from "./findings.js";

const HEADING: Readonly<Record<Verdict, string>> = {
  breaking: "❌ Breaking",
  warning: "⚠️ Warnings",
  ok: "✅ Compatible",
  exempt: "🧪 Exempt (x-portone-unstable operations only)",
  unreferenced: "Not used by any operation",
  documentation: "Documentation only",
};

/** Rows per section: a pull-request comment holds at most 65,536 characters. */
const ROW_LIMIT: Readonly<Record<Verdict, number>> = {
  breaking: 200,
  warning: 150,
  ok: 60,
  exempt: 40,
  unreferenced: 20,
  documentation: 0,
};
const OPERATIONS_SHOWN = 3;

export const cell = (text: string) =>
  text.replaceAll("\\", "\\\\").replaceAll("|", "\\|").replaceAll("\n", " ");
export const code = (text: string) => `\`${text.replaceAll("`", "'")}\``;

function operationsCell(finding: Finding): string {
  const shown = finding.operations.slice(0, OPERATIONS_SHOWN).map((operation) => code(operation.key));
  const more = finding.operations.length - shown.length;
  return cell([...shown, ...(more > 0 ? [`+${more} more`] : [])].join("<br>"));
}

/** Findings in a named schema first, by schema; then the rest, by place. */
function readingOrder(findings: readonly Finding[]): Finding[] {
  const { schemas, operations, rest } = groupFindings(findings);
  const seen = new Set<Finding>();
  const ordered = [
    ...schemas.flatMap((group) => group.findings),
    ...operations.flatMap((group) => group.findings),
    ...rest,
  ];
  return ordered.filter((finding) => !seen.has(finding) && seen.add(finding));
}

function table(changes: readonly ReportedChange[], limit: number): string[] {
  const findings = readingOrder(findingsOf(changes));
  const rows = findings
    .slice(0, limit)
    .map(
      (finding) =>
        `| ${cell(code(finding.location))} | ${cell(finding.text)} | ${sideText(finding)} | ${operationsCell(finding)} |`,
    );
  const more = findings.length - rows.length;
  return [
    "| where | change | side | operations |",
    "|---|---|---|---|",
    ...rows,
    ...(more > 0
      ? ["", `…and ${more} more: run \`portone-typed diff --format json\` for every change.`]
      : []),
  ];
}

/** The report as a pull-request comment: counts, then breaking and warning changes open, the rest folded. */
export function renderMarkdown(report: DiffReport): string {
  const { summary } = report;
  const verdictWord =
    summary.breaking > 0
      ? `❌ ${summary.breaking} breaking change${summary.breaking === 1 ? "" : "s"}`
      : "✅ no breaking changes";
  const out = [
    `## PortOne spec diff: ${verdictWord}`,
    "",
    `${code(report.old.label ?? report.old.source)} → ${code(report.new.label ?? report.new.source)} (${report.new.dialect === "swagger2" ? "V1, Swagger 2.0" : "V2, OpenAPI 3"}; sha256 ${report.old.sha256.slice(0, 12)} → ${report.new.sha256.slice(0, 12)})`,
    "",
    `| ${VERDICT_ORDER.join(" | ")} | accepted |`,
    `|${"---|".repeat(VERDICT_ORDER.length + 1)}`,
    `| ${VERDICT_ORDER.map((verdict) => summary[verdict]).join(" | ")} | ${summary.suppressed} |`,
  ];
  for (const verdict of VERDICT_ORDER) {
    const changes = report.changes.filter((change) => change.verdict === verdict);
    if (changes.length === 0) continue;
    const title = `${HEADING[verdict]} (${changes.length})`;
    if (ROW_LIMIT[verdict] === 0) {
      out.push(
        "",
        `<details><summary>${title}</summary>\n\nDescriptions, titles and examples only; never breaking. \`--format json\` lists them.\n</details>`,
      );
    } else if (verdict === "breaking" || verdict === "warning") {
      out.push("", `### ${title}`, "", ...table(changes, ROW_LIMIT[verdict]));
    } else {
      out.push(
        "",
        `<details><summary>${title}</summary>`,
        "",
        ...table(changes, ROW_LIMIT[verdict]),
        "",
        "</details>",
      );
    }
  }
  if (report.suppressed.length > 0) {
    out.push(
      "",
      `<details><summary>Accepted by the ignore file (${report.suppressed.length})</summary>`,
      "",
      "| change | verdict | reason |",
      "|---|---|---|",
    );
    for (const change of report.suppressed.slice(0, 100))
      out.push(`| ${cell(code(change.id))} | ${change.verdict} | ${cell(change.reason)} |`);
    out.push("", "</details>");
  }
  if (report.unusedIgnores.length > 0) {
    out.push(
      "",
      `Ignore-file entries that matched nothing: ${report.unusedIgnores.map((entry) => `#${entry.index}`).join(", ")}.`,
    );
  }
  return `${out.join("\n")}\n`;
}
