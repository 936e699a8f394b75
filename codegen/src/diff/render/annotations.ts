import type { DiffReport } from "../report.js";
import { findingsOf, type Finding } from "./findings.js";
import { countsLine } from "./shared.js";

// GitHub workflow commands: data escapes %, CR and LF; property values also : and ,.
export const escapeData = (text: string) =>
  text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
export const escapeProperty = (text: string) =>
  escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");

/**
 * GitHub shows at most 10 error and 10 warning annotations of a step (50 of a job); more are
 * dropped without a word. So each level gets this many, and the notice says what was left out.
 */
export const ANNOTATIONS_PER_LEVEL = 10;
const OPERATIONS_SHOWN = 5;

/** A place in a file to annotate. */
export interface AnnotatedPlace {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** The workflow command of a breaking finding (an error) or a warning, at a place if given. */
export function annotationOf(finding: Finding, message: string, at?: AnnotatedPlace): string {
  const command = finding.verdict === "breaking" ? "error" : "warning";
  const place = at ? `file=${escapeProperty(at.file)},line=${at.line},col=${at.column},` : "";
  const title = `PortOne spec: ${finding.verdict} ${finding.kind}`;
  return `::${command} ${place}title=${escapeProperty(title)}::${escapeData(message)}`;
}

/**
 * The breaking findings, then the warnings, at most ANNOTATIONS_PER_LEVEL of each, with how many
 * of each level were left out.
 */
export function boundedByLevel(findings: readonly Finding[]): { shown: Finding[]; left: string[] } {
  const shown: Finding[] = [];
  const left: string[] = [];
  for (const verdict of ["breaking", "warning"] as const) {
    const ofVerdict = findings.filter((finding) => finding.verdict === verdict);
    shown.push(...ofVerdict.slice(0, ANNOTATIONS_PER_LEVEL));
    const more = ofVerdict.length - ANNOTATIONS_PER_LEVEL;
    if (more > 0) left.push(`${more} more ${verdict} findings`);
  }
  return { shown, left };
}

function diffMessage(finding: Finding): string {
  const operations = finding.operations.map((operation) => operation.key);
  const where =
    operations.length > 0
      ? ` (${operations.slice(0, OPERATIONS_SHOWN).join(", ")}${operations.length > OPERATIONS_SHOWN ? `, +${operations.length - OPERATIONS_SHOWN} more` : ""})`
      : "";
  const ids = finding.changes.length === 1 ? ` [${finding.changes[0]!.id}]` : "";
  return `${finding.location}: ${finding.text}${where}${ids}`;
}

/**
 * The report as GitHub workflow annotations: the breaking findings as errors and the warnings as
 * warnings, most severe first and at most ANNOTATIONS_PER_LEVEL of each, then a notice with the
 * counts. The whole report belongs in the job summary (`portone-typed diff` writes the Markdown
 * one there when GITHUB_STEP_SUMMARY is set). The specs are pulled, not committed, so
 * annotations name no file.
 */
export function renderGithubAnnotations(report: DiffReport): string {
  const { shown, left } = boundedByLevel(findingsOf(report.changes));
  const out = shown.map((finding) => annotationOf(finding, diffMessage(finding)));
  const rest =
    left.length > 0 ? ` (not annotated: ${left.join(", ")}; the job summary lists every change)` : "";
  out.push(
    `::notice title=${escapeProperty("PortOne spec diff")}::${escapeData(`${countsLine(report)}${rest}`)}`,
  );
  return `${out.join("\n")}\n`;
}
