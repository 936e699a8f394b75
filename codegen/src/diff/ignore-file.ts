import { readFile } from "node:fs/promises";
import path from "node:path";
import { SpecError, type SpecIssue } from "../errors.js";
import { parseSpecText } from "../load/parse-text.js";
import { isObject } from "../model/spec-context.js";
import { CHANGE_KINDS } from "./changes.js";
import type { ChangeFilter, ReportedChange, UnusedIgnore } from "./report.js";

/**
 * One accepted change. `id` names a change exactly (the `id` of the JSON report); `kind`,
 * `location` and `operation` select changes (globs: `*` matches anything), all that are given
 * must match. `reason` is required: an accepted break is a decision someone must explain.
 */
export interface IgnoreEntry {
  readonly id?: string;
  readonly kind?: string;
  readonly location?: string;
  /** An operation key (`POST /payments/{paymentId}/cancel`) or operationId the change reaches. */
  readonly operation?: string;
  readonly reason: string;
}

const MATCHERS = ["id", "kind", "location", "operation"] as const;
const FIELDS: ReadonlySet<string> = new Set([...MATCHERS, "reason"]);

function globPattern(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*");
  return new RegExp(`^${escaped}$`);
}

/** Checks the parsed ignore file, naming every problem by its pointer. */
export function parseIgnoreDocument(file: string, document: unknown): IgnoreEntry[] {
  const issues: SpecIssue[] = [];
  const list = isObject(document) ? document.ignore : undefined;
  if (!Array.isArray(list)) {
    throw new SpecError([{ file, pointer: "", message: 'expected an object with an "ignore" list' }]);
  }
  const entries: IgnoreEntry[] = [];
  list.forEach((entry: unknown, index) => {
    const pointer = `/ignore/${index}`;
    if (!isObject(entry)) {
      issues.push({
        file,
        pointer,
        message: "expected an object with a reason and an id, kind, location or operation",
      });
      return;
    }
    for (const key of Object.keys(entry).filter((name) => !FIELDS.has(name))) {
      issues.push({
        file,
        pointer: `${pointer}/${key}`,
        message: `unknown field (allowed: ${[...FIELDS].join(", ")})`,
      });
    }
    for (const key of [...MATCHERS, "reason"] as const) {
      if (entry[key] !== undefined && (typeof entry[key] !== "string" || entry[key].trim() === "")) {
        issues.push({ file, pointer: `${pointer}/${key}`, message: "must be a non-empty string" });
      }
    }
    if (entry.reason === undefined)
      issues.push({ file, pointer, message: "missing reason: say why this change is accepted" });
    if (MATCHERS.every((key) => entry[key] === undefined)) {
      issues.push({
        file,
        pointer,
        message: "names no change: give an id, or a kind, location or operation",
      });
    }
    if (typeof entry.kind === "string" && !(CHANGE_KINDS as readonly string[]).includes(entry.kind)) {
      issues.push({
        file,
        pointer: `${pointer}/kind`,
        message: `unknown change kind "${entry.kind}" (known: ${CHANGE_KINDS.join(", ")})`,
      });
    }
    entries.push(entry as unknown as IgnoreEntry);
  });
  if (issues.length > 0) throw new SpecError(issues);
  return entries;
}

/** Reads an ignore file (JSON or YAML). */
export async function readIgnoreFile(file: string, cwd = process.cwd()): Promise<IgnoreEntry[]> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), "utf8");
  } catch (error) {
    throw new SpecError([
      {
        file,
        message: `cannot read the ignore file: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`,
      },
    ]);
  }
  return parseIgnoreDocument(file, await parseSpecText(file, text));
}

/** The filter an ignore file describes; it remembers which entries matched something. */
export function ignoreFilter(entries: readonly IgnoreEntry[]): ChangeFilter {
  const used = new Set<number>();
  const compiled = entries.map((entry) => ({
    entry,
    location: entry.location === undefined ? undefined : globPattern(entry.location),
    operation: entry.operation === undefined ? undefined : globPattern(entry.operation),
  }));
  const matches = ({ entry, location, operation }: (typeof compiled)[number], change: ReportedChange) =>
    (entry.id === undefined || entry.id === change.id) &&
    (entry.kind === undefined || entry.kind === change.kind) &&
    (location === undefined || location.test(change.location)) &&
    (operation === undefined ||
      change.operations.some(
        (candidate) =>
          operation.test(candidate.key) ||
          (candidate.operationId !== undefined && operation.test(candidate.operationId)),
      ));
  return {
    reasonFor(change) {
      const index = compiled.findIndex((rule) => matches(rule, change));
      if (index < 0) return undefined;
      used.add(index);
      return entries[index]?.reason;
    },
    unused(): UnusedIgnore[] {
      return entries.flatMap((entry, index) =>
        used.has(index)
          ? []
          : [
              {
                index,
                reason: entry.reason,
                matcher: Object.fromEntries(
                  MATCHERS.filter((key) => entry[key] !== undefined).map((key) => [key, String(entry[key])]),
                ),
              },
            ],
      );
    },
  };
}
