import { SpecError } from "../errors.js";
import { loadSpec, type LoadedSpec } from "../load/load-spec.js";
import { createCompareContext } from "./compare-context.js";
import { compareUnreachedSchemas } from "./component-compare.js";
import { compareOperations } from "./operation-compare.js";
import { compareServers } from "./server-compare.js";
import { buildReport, type ChangeFilter, type DiffReport, type ReportOptions } from "./report.js";
import { specView } from "./spec-view.js";

export interface DiffOptions {
  /** Relative spec paths are resolved against it. Default `process.cwd()`. */
  readonly cwd?: string;
  readonly fetch?: typeof globalThis.fetch;
  /** Accepts known changes (see `readIgnoreFile`). */
  readonly filter?: ChangeFilter;
  /** Names for the two specs in reports, instead of their paths. */
  readonly labels?: ReportOptions["labels"];
}

/** Compares two loaded specs of the same dialect. */
export function diffLoadedSpecs(
  oldSpec: LoadedSpec,
  newSpec: LoadedSpec,
  options: ReportOptions = {},
): DiffReport {
  const oldView = specView(oldSpec);
  const newView = specView(newSpec);
  if (oldView.dialect !== newView.dialect) {
    const name = (dialect: string) => (dialect === "swagger2" ? "Swagger 2.0 (V1)" : "OpenAPI 3 (V2)");
    throw new SpecError([
      {
        file: newSpec.file,
        pointer: "",
        message: `is ${name(newView.dialect)} but ${oldSpec.file} is ${name(oldView.dialect)}: diff two versions of the same API`,
      },
    ]);
  }
  const context = createCompareContext(oldView, newView);
  compareServers(context);
  compareOperations(context);
  compareUnreachedSchemas(context);
  if (context.problems.length > 0) throw new SpecError(context.problems);
  return buildReport(context.log, oldView, newView, options);
}

/**
 * What changed from one PortOne spec (file or URL) to another, and what each change means for
 * clients under PortOne's compatibility policy.
 */
export async function diffSpecs(
  oldSource: string,
  newSource: string,
  options: DiffOptions = {},
): Promise<DiffReport> {
  const load = { cwd: options.cwd ?? process.cwd(), fetch: options.fetch ?? globalThis.fetch };
  const settled = await Promise.allSettled([loadSpec(oldSource, load), loadSpec(newSource, load)]);
  // Both files' problems, in argument order: one run says all that is wrong with the input.
  const failures = settled.flatMap((result) =>
    result.status === "rejected" ? [result.reason as unknown] : [],
  );
  if (failures.length > 0) {
    const unexpected = failures.find((failure) => !(failure instanceof SpecError));
    if (unexpected !== undefined) throw unexpected;
    throw new SpecError(failures.flatMap((failure) => (failure as SpecError).issues));
  }
  const [oldSpec, newSpec] = settled.map(
    (result) => (result as PromiseFulfilledResult<LoadedSpec>).value,
  ) as [LoadedSpec, LoadedSpec];
  return diffLoadedSpecs(oldSpec, newSpec, { filter: options.filter, labels: options.labels });
}

export const FAIL_ON_LEVELS = ["breaking", "warning", "never"] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/**
 * Whether a report (or anything counted by verdict, such as one package's share of it) fails
 * a CI gate set at `failOn`: breaking changes, or also warnings, or never.
 */
export function failsGate(
  counted: { readonly summary: { readonly breaking: number; readonly warning: number } },
  failOn: FailOn,
): boolean {
  if (failOn === "never") return false;
  return counted.summary.breaking > 0 || (failOn === "warning" && counted.summary.warning > 0);
}
