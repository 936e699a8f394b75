/**
 * Where a problem in a spec is: the file (path or URL as the user gave it), a JSON pointer
 * into the document, and the operation it belongs to when there is one.
 */
export interface SpecLocation {
  readonly file: string;
  /** RFC 6901 pointer, e.g. `/components/schemas/Foo`; `""` is the whole document. */
  readonly pointer?: string;
  /** `line:column` in the file, when the problem is in the text itself. */
  readonly position?: { readonly line: number; readonly column: number };
  readonly operationId?: string;
}

export interface SpecIssue extends SpecLocation {
  readonly message: string;
}

const ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Spec text quoted in a message, made one line and inert on a terminal: line breaks and
 * control characters (an ANSI escape, say) are written as escapes.
 */
export function oneLine(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f\u2028\u2029]/g,
    (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** `file#/pointer (operation x): message`, the one shape every issue is reported in, on one line. */
export function formatIssue(issue: SpecIssue): string {
  let where = issue.file;
  if (issue.position) where += `:${issue.position.line}:${issue.position.column}`;
  if (issue.pointer !== undefined) where += `#${issue.pointer}`;
  if (issue.operationId !== undefined) where += ` (operation ${issue.operationId})`;
  return oneLine(`${where}: ${issue.message}`);
}

/**
 * A spec the generator cannot use. Carries every issue found, not just the first, so one
 * run tells the user all that is wrong.
 */
export class SpecError extends Error {
  override readonly name = "SpecError";
  readonly issues: readonly SpecIssue[];

  constructor(issues: readonly SpecIssue[]) {
    const lines = issues.map(formatIssue);
    super(
      lines.length === 1
        ? lines[0]
        : `${lines.length} problems:\n${lines.map((line) => `  - ${line}`).join("\n")}`,
    );
    this.issues = issues;
  }
}

/** Collects issues while a spec is walked, then throws them together. */
export class IssueCollector {
  readonly #issues: SpecIssue[] = [];

  constructor(readonly file: string) {}

  add(message: string, where: Omit<SpecLocation, "file"> = {}): void {
    this.#issues.push({ file: this.file, ...where, message });
  }

  get count(): number {
    return this.#issues.length;
  }

  throwIfAny(): void {
    if (this.#issues.length > 0) throw new SpecError(this.#issues);
  }
}

/** A problem with the tool's own inputs that is not about a spec (options, sources.json, the file system). */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
