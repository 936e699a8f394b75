import path from "node:path";
import { diffSpecs, type DiffOptions } from "../diff/diff-specs.js";
import { VERDICT_ORDER, type Verdict } from "../diff/policy.js";
import type { DiffReport, ReportedChange } from "../diff/report.js";
import { ruleOf } from "../diff/rules/index.js";
import { findUsages, type Site, type Usages } from "./find-usages.js";

/** A change of the spec diff that reaches the merchant's code, with the places it reaches. */
export interface ReachedChange extends ReportedChange {
  /** The merchant's calls of the operations it reaches, and the places naming its schema. */
  readonly sites: readonly Site[];
}

/**
 * `portone-typed impact --format json`: the spec diff cut down to what the merchant's code calls
 * and names. Versioned like the diff's report.
 */
export interface ImpactReport {
  readonly schemaVersion: 1;
  readonly project: string;
  readonly old: DiffReport["old"];
  readonly new: DiffReport["new"];
  /** What the code uses: how many operations it calls (either style) and generated types it names. */
  readonly uses: { readonly operations: number; readonly types: number };
  /** Counts of the reached changes by their verdict for this code. */
  readonly summary: Readonly<Record<Verdict, number>>;
  /** How many changes the diff found in all, reached or not. */
  readonly changesInDiff: number;
  readonly changes: readonly ReachedChange[];
}

const worst = (verdicts: readonly Verdict[]) =>
  verdicts.reduce((a, b) => (VERDICT_ORDER.indexOf(b) < VERDICT_ORDER.indexOf(a) ? b : a));

/**
 * Keeps the changes that reach the merchant's code: through an operation it calls (by
 * operationId in the operation style, by `METHOD /path` in the path style) or a generated type
 * it names. A change's verdict is taken over the operations the code calls only (a change
 * breaking for an operation it never calls is not breaking for it); a change about the whole API
 * reaches any code that calls PortOne at all.
 */
export function impactOf(report: DiffReport, usages: Usages, project: string): ImpactReport {
  const calls = (operation: { readonly operationId?: string | undefined; readonly key: string }) => [
    ...(operation.operationId === undefined ? [] : (usages.operations.get(operation.operationId) ?? [])),
    ...(usages.routes.get(operation.key) ?? []),
  ];
  const everyCall = [...usages.operations.values(), ...usages.routes.values()].flat();
  const changes: ReachedChange[] = [];
  for (const change of report.changes) {
    const called = change.operations.filter((operation) => calls(operation).length > 0);
    const named = change.schema === undefined ? [] : (usages.types.get(change.schema) ?? []);
    const wholeApi = ruleOf(change.kind).scope === "document" ? everyCall : [];
    const sites = [...called.flatMap(calls), ...named, ...wholeApi];
    if (sites.length === 0) continue;
    const verdict = called.length > 0 ? worst(called.map((operation) => operation.verdict)) : change.verdict;
    changes.push({ ...change, verdict, operations: called, sites });
  }
  const summary = Object.fromEntries(
    VERDICT_ORDER.map((verdict) => [verdict, changes.filter((change) => change.verdict === verdict).length]),
  ) as Record<Verdict, number>;
  changes.sort((a, b) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict));
  return {
    schemaVersion: 1,
    project,
    old: report.old,
    new: report.new,
    uses: {
      operations: new Set([...usages.operations.keys(), ...usages.routes.keys()]).size,
      types: usages.types.size,
    },
    summary,
    changesInDiff: report.changes.length,
    changes,
  };
}

export interface ImpactOptions extends DiffOptions {
  /** The merchant's tsconfig.json. */
  readonly project: string;
}

/**
 * What a spec update changes for the calls a merchant's code makes: `diffSpecs`, then the
 * changes that reach the operations the project calls and the generated types it names.
 */
export async function impactSpecs(
  oldSource: string,
  newSource: string,
  options: ImpactOptions,
): Promise<ImpactReport> {
  const report = await diffSpecs(oldSource, newSource, options);
  const api = report.new.dialect === "swagger2" ? "v1" : "v2";
  return impactOf(
    report,
    findUsages(path.resolve(options.cwd ?? process.cwd(), options.project), api),
    options.project,
  );
}
