import type { ChangeKind, Rule, Side } from "./rules/index.js";

export { CHANGE_KINDS, type ChangeKind, type Side } from "./rules/index.js";

/** Where a change is: readably, and as JSON pointers into each document. */
export interface Where {
  readonly location: string;
  /** The named schema the place is in (the new name, where it was renamed). */
  readonly schema?: string | undefined;
  readonly oldPointer?: string | undefined;
  readonly newPointer?: string | undefined;
}

export interface Change {
  /** Stable identity: kind, location and what exactly changed; an ignore file can name it. */
  readonly id: string;
  readonly kind: ChangeKind;
  /** Where, readably: `SendIdentityVerificationBodyCustomer.ipAddress`, `POST /x parameter query storeId`. */
  readonly location: string;
  /** The named schema the change is in, if any. */
  readonly schema?: string | undefined;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
  /** JSON pointers into the old and the new document. */
  readonly pointers: { readonly old?: string; readonly new?: string };
}

/** Everything the comparison found, with the sides and operations each change was reached from. */
export class ChangeLog {
  readonly #changes = new Map<
    string,
    { change: Change; sides: Set<Side>; operations: Map<string, Set<Side>> }
  >();

  record(change: Omit<Change, "id">, distinct: string | undefined, side: Side | undefined): string {
    // The location names the property, parameter or response; `distinct` says which value, case or media type.
    const id = `${change.kind}:${change.location}${distinct === undefined ? "" : `:${distinct}`}`;
    const entry = this.#changes.get(id) ?? {
      change: { id, ...change },
      sides: new Set<Side>(),
      operations: new Map(),
    };
    if (side) entry.sides.add(side);
    this.#changes.set(id, entry);
    return id;
  }

  /** Marks changes as reached from `operation` on `side`. */
  attribute(ids: Iterable<string>, operation: string, side: Side): void {
    for (const id of ids) {
      const entry = this.#changes.get(id);
      if (!entry) continue;
      entry.sides.add(side);
      const sides = entry.operations.get(operation) ?? new Set<Side>();
      sides.add(side);
      entry.operations.set(operation, sides);
    }
  }

  entries(): {
    change: Change;
    sides: ReadonlySet<Side>;
    operations: ReadonlyMap<string, ReadonlySet<Side>>;
  }[] {
    return [...this.#changes.values()];
  }
}

/**
 * Records a change found at one place on one side, by the rule it falls under and the details
 * that rule reads, collecting its id (for attribution).
 */
export type Recorder = <Details extends object>(
  rule: Rule<ChangeKind, Details>,
  details: Details,
  pointers?: Change["pointers"],
) => void;

export function recorder(log: ChangeLog, where: Where, side: Side | undefined, ids: string[]): Recorder {
  return (rule, details, pointers = { old: where.oldPointer, new: where.newPointer }) => {
    const change = {
      kind: rule.kind,
      location: where.location,
      ...(where.schema === undefined ? {} : { schema: where.schema }),
      message: rule.message(details),
      details: details as Readonly<Record<string, unknown>>,
      pointers,
    };
    ids.push(log.record(change, rule.distinct?.(details), side));
  };
}
