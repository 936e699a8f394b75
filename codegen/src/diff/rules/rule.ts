/** Where a change is seen from an operation: what it sends, or what it receives. */
export type Side = "request" | "response";

/** What a rule says of a change on one side, before the operation it is reached from is weighed. */
export type Level = "breaking" | "warning" | "ok" | "documentation";

/** A clause of docs/compat-policy.md: PortOne's promise (P), its exemptions (E), our reading (R). */
export type PolicyClause = `${"P" | "E" | "R"}${number}`;

/**
 * What a change is about, which decides how the report weighs it:
 * - `operation`: an operation itself (judged once, by its request-side level);
 * - `document`: the whole API (every operation, none in particular);
 * - `component`: the set of named schemas (not reached by operations, yet not unreferenced);
 * - `reached`: a parameter, body, response or schema, judged per side where operations reach it.
 */
export type Scope = "operation" | "document" | "component" | "reached";

/**
 * One rule of the diff, in the style of oasdiff's checkers: what kind of change it is, what it
 * is about, its level on each side, the clauses of docs/compat-policy.md it implements, and how
 * it words a change from the change's typed details. The comparison walkers only detect and
 * record `details`; the report and renderers read everything else from here.
 */
export interface Rule<Kind extends string = string, Details extends object = object> {
  readonly kind: Kind;
  readonly scope: Scope;
  readonly level: Readonly<Record<Side, Level | ((details: Details) => Level)>>;
  readonly clauses: readonly PolicyClause[];
  readonly message: (details: Details) => string;
  /** What tells two changes of this kind at one location apart (a value, a case, a media type), for the id. */
  readonly distinct?: (details: Details) => string;
  /** How several changes of this kind at one location read as one finding (43 enum values removed). */
  readonly many?: (all: readonly Details[]) => string;
  /** What an `ok` change still asks of clients, by the sides it is seen on. */
  readonly note?: (sides: ReadonlySet<Side>) => string | undefined;
}

/** A rule whose details type is read off its `message`. */
export const defineRule = <const Kind extends string, Details extends object>(
  rule: Rule<Kind, Details>,
): Rule<Kind, Details> => rule;

/** `"KOOKMIN", "SHINHAN", … (43)`: the first few of a finding's values. */
export const someOf = (values: readonly unknown[], shown = 6) =>
  `${values
    .slice(0, shown)
    .map((value) => JSON.stringify(value))
    .join(", ")}${values.length > shown ? `, … (${values.length})` : ""}`;

/** The details a rule's changes carry. */
export type DetailsOf<R> = R extends Rule<string, infer Details> ? Details : never;

export const requirement = (required: boolean) => (required ? "required" : "optional");
export const becameRequired = "optional → required";
export const becameOptional = "required → optional";
/** The note of a change that adds a value clients may switch on. */
export const needsBranch = (sides: ReadonlySet<Side>) =>
  sides.has("response") ? "exhaustive switches need a branch for it" : undefined;
