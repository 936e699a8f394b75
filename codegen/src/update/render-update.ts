import { VERDICT_ORDER } from "../diff/policy.js";
import { changeText } from "../diff/render/shared.js";
import type { ReportedChange } from "../diff/report.js";
import type { SurfaceChange, SurfaceChangeKind } from "./api-surface.js";
import type { PackageUpdate } from "./package-update.js";

// Release notes stay readable: a list longer than this ends with "and N more".
const LIST_LIMIT = 40;

const code = (text: string) => `\`${text}\``;

function limited(items: readonly string[]): string[] {
  if (items.length <= LIST_LIMIT) return [...items];
  return [...items.slice(0, LIST_LIMIT), `… and ${items.length - LIST_LIMIT} more`];
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : [`**${title}**`, "", ...limited(lines).map((line) => `- ${line}`), ""];
}

function of(surface: readonly SurfaceChange[], kind: SurfaceChangeKind): SurfaceChange[] {
  return surface.filter((change) => change.kind === kind);
}

function operationsOf(change: ReportedChange): string {
  const ids = [...new Set(change.operations.map((operation) => operation.operationId ?? operation.key))];
  if (ids.length === 0) return "";
  const shown = ids.slice(0, 3).map(code).join(", ");
  return ` (${shown}${ids.length > 3 ? ` and ${ids.length - 3} more` : ""})`;
}

const changeLine = (change: ReportedChange) =>
  `${code(change.location)}: ${changeText(change)}${operationsOf(change)}`;

/** A removed case or value the spec diff already lists as breaking is not listed twice. */
function saidBy(changes: readonly ReportedChange[], removal: SurfaceChange): boolean {
  return changes.some(
    (change) =>
      change.schema === removal.name &&
      removal.value !== undefined &&
      (change.details.value === removal.value || change.details.tag === removal.value),
  );
}

function removalLines(update: PackageUpdate, breaking: readonly ReportedChange[]): string[] {
  return [
    ...of(update.surface, "type-removed").map((change) => `type ${code(change.name)} removed`),
    ...of(update.surface, "operation-removed").map(
      (change) => `operation ${code(change.name)} (${change.value}) removed`,
    ),
    ...[...of(update.surface, "case-removed"), ...of(update.surface, "enum-value-removed")]
      .filter((change) => !saidBy(breaking, change))
      .map((change) => `${code(change.name)}: ${JSON.stringify(change.value)} removed`),
  ];
}

/** New cases grouped by value: one line for `"FORBIDDEN"` added to forty error unions. */
function newBranchLines(surface: readonly SurfaceChange[]): string[] {
  const byValue = new Map<string, string[]>();
  for (const change of surface) {
    if (change.kind !== "case-added" && change.kind !== "enum-value-added") continue;
    const key =
      change.kind === "case-added"
        ? `${code(change.tagProperty ?? "type")} ${JSON.stringify(change.value)}`
        : `value ${JSON.stringify(change.value)}`;
    byValue.set(key, [...(byValue.get(key) ?? []), change.name]);
  }
  return [...byValue].map(([key, names]) => {
    const shown = names.slice(0, 8).map(code).join(", ");
    return `${key} in ${shown}${names.length > 8 ? ` and ${names.length - 8} more` : ""}`;
  });
}

// Listed under "New cases" already; a type changed only by these needs no other line.
const LISTED_AS_CASES = new Set(["union-case-added", "enum-value-added"]);

/**
 * A changed type, with what the spec diff found in it; none for a type whose changes are all
 * listed elsewhere (breaking, or new cases).
 */
function changedTypeLine(update: PackageUpdate, change: SurfaceChange): string | undefined {
  const located = update.changes.filter((found) => found.schema === change.name);
  if (located.some((found) => found.verdict === "breaking")) return undefined;
  const rest = located.filter(
    (found) => !LISTED_AS_CASES.has(found.kind) && found.verdict !== "documentation",
  );
  const name = `type ${code(change.name)}${entriesText(change)}`;
  if (located.length === 0) return `${name}: a type it refers to changed`;
  if (rest.length === 0) return undefined;
  const more = rest.length > 2 ? ` (and ${rest.length - 2} more)` : "";
  return `${name}: ${rest
    .slice(0, 2)
    .map((found) => `${found.location === change.name ? "" : `${code(found.location)} `}${changeText(found)}`)
    .join("; ")}${more}`;
}

function entriesText(change: SurfaceChange): string {
  return change.entries && change.entries.length > 0
    ? ` (also in ${change.entries.map(code).join(", ")})`
    : "";
}

export function summaryLine(update: PackageUpdate): string {
  const counts = VERDICT_ORDER.map((verdict) => `${update.summary[verdict]} ${verdict}`).join(", ");
  return `Spec diff of what the package ships: ${counts}.`;
}

/**
 * The package's side of a spec update, as Markdown for a terminal, a pull request and the
 * changeset (so for release notes): what breaks, which `switch`es need a branch, what is new.
 */
export function renderPackageUpdate(update: PackageUpdate): string {
  const breaking = update.changes.filter((change) => change.verdict === "breaking");
  const warnings = update.changes.filter((change) => change.verdict === "warning");
  const lines = [
    `PortOne ${update.api.toUpperCase()} spec update for ${code(update.packageName)}: ${update.from} → ${update.to}.`,
    "",
    ...section("Breaking: code using these needs changes", [
      ...breaking.map(changeLine),
      ...removalLines(update, breaking),
    ]),
    ...section("New cases: an exhaustive `switch` needs a branch for each", newBranchLines(update.surface)),
    ...section("Worth a look (warnings)", warnings.map(changeLine)),
    ...section("Added", [
      ...of(update.surface, "operation-added").map(
        (change) => `operation ${code(change.name)} (${change.value})`,
      ),
      ...of(update.surface, "type-added").map((change) => `type ${code(change.name)}${entriesText(change)}`),
    ]),
    ...section("Changed, compatibly", [
      ...of(update.surface, "operation-changed").map(
        (change) => `operation ${code(change.name)} (${change.value})`,
      ),
      ...of(update.surface, "type-changed").flatMap((change) => changedTypeLine(update, change) ?? []),
    ]),
    summaryLine(update),
  ];
  if (update.bump === undefined) lines.push("", "Nothing the package ships changed.");
  return `${lines.join("\n")}\n`;
}

/** A changeset (`.changeset/*.md`) for the update, whose text is the release note. */
export function renderChangeset(update: PackageUpdate): string | undefined {
  if (update.bump === undefined) return undefined;
  return `---\n${JSON.stringify(update.packageName)}: ${update.bump}\n---\n\n${renderPackageUpdate(update)}`;
}
