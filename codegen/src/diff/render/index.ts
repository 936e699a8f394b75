import type { DiffReport } from "../report.js";
import { renderGithubAnnotations } from "./annotations.js";
import { renderMarkdown } from "./markdown.js";
import { renderText } from "./text.js";

export const REPORT_FORMATS = ["text", "markdown", "json", "github"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function renderReport(
  report: DiffReport,
  format: ReportFormat,
  options: { verbose?: boolean } = {},
): string {
  switch (format) {
    case "text":
      return renderText(report, options);
    case "markdown":
      return renderMarkdown(report);
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "github":
      return renderGithubAnnotations(report);
  }
}
