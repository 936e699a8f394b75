import type { SpecIssue } from "../errors.js";
import { ChangeLog } from "./changes.js";
import type { SpecView } from "./spec-view.js";

/** What one comparison of two specs shares while it walks them. */
export interface CompareContext {
  readonly old: SpecView;
  readonly new: SpecView;
  readonly log: ChangeLog;
  /** Change ids found beneath each compared pair of named schemas, per side (`Old>New@side`). */
  readonly memo: Map<string, string[]>;
  readonly inProgress: Set<string>;
  /** Names of the schemas an operation reached, in each document. */
  readonly reached: { readonly old: Set<string>; readonly new: Set<string> };
  /** `$ref`s that point to nothing: the diff fails with all of them rather than guess. */
  readonly problems: SpecIssue[];
}

export function createCompareContext(oldView: SpecView, newView: SpecView): CompareContext {
  return {
    old: oldView,
    new: newView,
    log: new ChangeLog(),
    memo: new Map(),
    inProgress: new Set(),
    reached: { old: new Set(), new: new Set() },
    problems: [],
  };
}
