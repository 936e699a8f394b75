/** What changed between two specs, one kind per rule of PortOne's compatibility policy. */
export const CHANGE_KINDS = [
  "operation-removed",
  "operation-added",
  "operation-became-unstable",
  "operation-became-stable",
  "security-changed",
  "server-changed",
  "parameter-removed",
  "parameter-added",
  "parameter-became-required",
  "parameter-became-optional",
  "request-body-removed",
  "request-body-added",
  "request-body-became-required",
  "request-body-became-optional",
  "content-type-removed",
  "content-type-added",
  "response-removed",
  "response-added",
  "property-removed",
  "property-added",
  "property-became-required",
  "property-became-optional",
  "type-changed",
  "enum-value-removed",
  "enum-value-added",
  "enum-restricted",
  "enum-unrestricted",
  "union-case-removed",
  "union-case-added",
  "discriminator-value-renamed",
  "format-changed",
  "per-pg-changed",
  "error-status-changed",
  "schema-added",
  "schema-removed",
  "documentation",
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type Side = "request" | "response";

/** Where a change is: readably, and as JSON pointers into each document. */
export interface Where {
  readonly location: string;
  readonly oldPointer?: string | undefined;
  readonly newPointer?: string | undefined;
}

export interface Change {
  /** Stable identity: kind, location and what exactly changed; an ignore file can name it. */
  readonly id: string;
  readonly kind: ChangeKind;
  /** Where, readably: `SendIdentityVerificationBodyCustomer.ipAddress`, `POST /x parameter query storeId`. */
  readonly location: string;
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

  record(change: Omit<Change, "id">, side: Side | undefined): string {
    // The location names the property, parameter or response; the detail says which value, case or media type.
    const detail = change.details.value ?? change.details.tag ?? change.details.contentType ?? "";
    const id = `${change.kind}:${change.location}${detail === "" ? "" : `:${String(detail)}`}`;
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

/** Records changes found at one place on one side, collecting their ids (for attribution). */
export type Recorder = (
  kind: ChangeKind,
  message: string,
  details?: Readonly<Record<string, unknown>>,
  pointers?: Change["pointers"],
) => void;

export function recorder(log: ChangeLog, where: Where, side: Side | undefined, ids: string[]): Recorder {
  return (kind, message, details = {}, pointers = { old: where.oldPointer, new: where.newPointer }) => {
    ids.push(log.record({ kind, location: where.location, message, details, pointers }, side));
  };
}
