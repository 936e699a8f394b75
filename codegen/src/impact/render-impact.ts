import { annotationOf, boundedByLevel, escapeData, escapeProperty } from "../diff/render/annotations.js";
import { cell, code } from "../diff/render/markdown.js";
import { findingsOf, type Finding } from "../diff/render/findings.js";
import { VERDICT_ORDER } from "../diff/policy.js";
import type { Site } from "./find-usages.js";
import type { ImpactReport, ReachedChange } from "./impact-report.js";

export const IMPACT_FORMATS = ["text", "markdown", "json", "github"] as const;
export type ImpactFormat = (typeof IMPACT_FORMATS)[number];

const SITES_SHOWN = 5;

/** The places a finding reaches, each once, in file and line order. */
function sitesOf(finding: Finding): Site[] {
  const seen = new Map<string, Site>();
  for (const change of finding.changes as readonly ReachedChange[])
    for (const site of change.sites) seen.set(`${site.file}:${site.line}:${site.column}`, site);
  return [...seen.values()].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column,
  );
}

const where = (site: Site) => `${site.file}:${site.line}:${site.column}`;

function countsLine(report: ImpactReport): string {
  const counts = VERDICT_ORDER.filter((verdict) => report.summary[verdict] > 0).map(
    (verdict) => `${report.summary[verdict]} ${verdict}`,
  );
  const many = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;
  return `${report.changes.length} of the diff's ${report.changesInDiff} changes reach this code (${counts.join(", ") || "none"}); it calls ${many(report.uses.operations, "operation")} and names ${many(report.uses.types, "PortOne type")}`;
}

/** What to list: documentation-only changes are counted, not listed. */
function shownFindings(report: ImpactReport): Finding[] {
  return findingsOf(report.changes).filter((finding) => finding.verdict !== "documentation");
}

function renderText(report: ImpactReport): string {
  const out = [
    `${report.project}: ${report.old.label ?? report.old.source} → ${report.new.label ?? report.new.source}`,
    countsLine(report),
  ];
  for (const finding of shownFindings(report)) {
    out.push(
      "",
      `${finding.verdict.toUpperCase()}  ${finding.side ?? "-"}  ${finding.location}: ${finding.text}`,
    );
    const sites = sitesOf(finding);
    for (const site of sites.slice(0, SITES_SHOWN)) out.push(`  ${where(site)}  ${site.text}`);
    if (sites.length > SITES_SHOWN) out.push(`  …and ${sites.length - SITES_SHOWN} more places`);
  }
  return `${out.join("\n")}\n`;
}

function renderMarkdown(report: ImpactReport): string {
  const out = [
    `## PortOne spec impact: ${report.summary.breaking > 0 ? `❌ ${report.summary.breaking} breaking for this code` : "✅ nothing breaking for this code"}`,
    "",
    countsLine(report),
  ];
  const findings = shownFindings(report);
  if (findings.length > 0) out.push("", "| verdict | where | change | your code |", "|---|---|---|---|");
  for (const finding of findings) {
    const sites = sitesOf(finding);
    const shown = sites.slice(0, SITES_SHOWN).map((site) => code(where(site)));
    if (sites.length > SITES_SHOWN) shown.push(`+${sites.length - SITES_SHOWN} more`);
    out.push(
      `| ${finding.verdict} | ${cell(code(finding.location))} | ${cell(finding.text)} | ${cell(shown.join("<br>"))} |`,
    );
  }
  return `${out.join("\n")}\n`;
}

/** Annotations on the merchant's own lines: each breaking or warning finding at the first place it reaches. */
function renderGithub(report: ImpactReport): string {
  const out = boundedByLevel(shownFindings(report)).shown.map((finding) =>
    annotationOf(finding, `${finding.location}: ${finding.text}`, sitesOf(finding)[0]),
  );
  out.push(`::notice title=${escapeProperty("PortOne spec impact")}::${escapeData(countsLine(report))}`);
  return `${out.join("\n")}\n`;
}

export function renderImpact(report: ImpactReport, format: ImpactFormat): string {
  switch (format) {
    case "text":
      return renderText(report);
    case "markdown":
      return renderMarkdown(report);
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "github":
      return renderGithub(report);
  }
}
