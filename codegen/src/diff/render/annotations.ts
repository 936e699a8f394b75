import type { DiffReport } from "../report.js";
import { changeText, countsLine } from "./shared.js";

// GitHub workflow commands: data escapes %, CR and LF; property values also : and ,.
const escapeData = (text: string) =>
  text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const escapeProperty = (text: string) => escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");

/**
 * The report as GitHub workflow annotations: an error per breaking change, a warning per
 * warning, and a notice with the counts. The specs are pulled, not committed, so annotations
 * name no file.
 */
export function renderGithubAnnotations(report: DiffReport): string {
  const out: string[] = [];
  for (const change of report.changes) {
    if (change.verdict !== "breaking" && change.verdict !== "warning") continue;
    const operations = change.operations.map((operation) => operation.key);
    const where =
      operations.length > 0
        ? ` (${operations.slice(0, 5).join(", ")}${operations.length > 5 ? `, +${operations.length - 5} more` : ""})`
        : "";
    const command = change.verdict === "breaking" ? "error" : "warning";
    const title = `PortOne spec: ${change.verdict} ${change.kind}`;
    out.push(
      `::${command} title=${escapeProperty(title)}::${escapeData(`${change.location}: ${changeText(change)}${where} [${change.id}]`)}`,
    );
  }
  out.push(`::notice title=${escapeProperty("PortOne spec diff")}::${escapeData(countsLine(report))}`);
  return `${out.join("\n")}\n`;
}
