import type { ApiModel, ErrorCase, ErrorUnion } from "../model/model.js";
import { docLines } from "./jsdoc.js";

/** The names `shared.ts` gives the catalog and the types an error union's consts are declared with. */
export const ERROR_TYPE_CATALOG = "ErrorTypeCatalog";
export const ERROR_STATUS_CATALOG = "ErrorStatusCatalog";
export const ERROR_TYPES = "ErrorTypes";
export const ERROR_STATUSES = "ErrorStatuses";

/** One error `type` as the catalog describes it: what it means and its HTTP status. */
export interface CatalogEntry {
  readonly type: string;
  readonly status: number;
  /** The doc comment's lines: the case's docs, its title ending in `(HTTP <status>)`. */
  readonly doc: readonly string[];
}

/**
 * Every error `type` of an API once, described, so that the error unions' `…ErrorType` and
 * `…ErrorStatus` consts pick their entries instead of each repeating them: PortOne's 147 unions
 * hold the same few dozen errors (`FORBIDDEN`, `UNAUTHORIZED`, …), and the declarations carried
 * each one's Korean description up to a hundred times.
 */
export interface ErrorCatalog {
  /** By type, sorted. */
  readonly entries: readonly CatalogEntry[];
  /**
   * Whether every case of `union` is its type's entry. A type that cases describe differently
   * (V2 1.16.0 tags two schemas `PLATFORM_CURRENCY_NOT_SUPPORTED`) has the entry most unions
   * hold, the first of them on a tie; a union holding another keeps consts of its own.
   */
  catalogued(union: ErrorUnion): boolean;
}

/** The entry a case would have: its docs, the title ending in `(HTTP <status>)`. */
export function catalogEntryOf(errorCase: ErrorCase): CatalogEntry {
  const title = `${errorCase.docs.title ?? errorCase.type} (HTTP ${errorCase.status})`;
  return { type: errorCase.type, status: errorCase.status, doc: docLines({ ...errorCase.docs, title }) };
}

const sameEntry = (a: CatalogEntry, b: CatalogEntry): boolean =>
  a.status === b.status &&
  a.doc.length === b.doc.length &&
  a.doc.every((line, index) => line === b.doc[index]);

export function errorCatalog(model: ApiModel): ErrorCatalog {
  const candidates = new Map<string, { entry: CatalogEntry; unions: number }[]>();
  for (const union of model.errorUnions) {
    for (const errorCase of union.cases) {
      const entry = catalogEntryOf(errorCase);
      const held = candidates.get(errorCase.type) ?? [];
      const same = held.find((candidate) => sameEntry(candidate.entry, entry));
      if (same) same.unions += 1;
      else held.push({ entry, unions: 1 });
      candidates.set(errorCase.type, held);
    }
  }
  const byType = new Map<string, CatalogEntry>();
  for (const [type, held] of candidates) {
    const [first, ...others] = held;
    if (first)
      byType.set(type, others.reduce((best, next) => (next.unions > best.unions ? next : best), first).entry);
  }
  return {
    entries: [...byType.values()].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0)),
    catalogued: (union) =>
      union.cases.length > 0 &&
      union.cases.every((errorCase) => {
        const entry = byType.get(errorCase.type);
        return entry !== undefined && sameEntry(entry, catalogEntryOf(errorCase));
      }),
  };
}
