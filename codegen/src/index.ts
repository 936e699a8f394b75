/** The programmatic API of portone-typed; the CLI is a thin shell over it. */
export { generate, emitApi, type GenerateResult, type GeneratedApi } from "./generate.js";
export {
  resolveGenerateOptions,
  SUPPORTED_APIS,
  type GenerateOptions,
  type ResolvedGenerateOptions,
} from "./options.js";
export { pullSpecs, type PullOptions, type PulledSpec } from "./pull/pull-specs.js";
export { readSources, writeSources, upstreamUrl, type PinnedSpec } from "./pull/sources.js";
export { loadSpec, type LoadedSpec } from "./load/load-spec.js";
export { buildModel } from "./model/build-model.js";
export type * from "./model/model.js";
export { SpecError, UsageError, formatIssue, type SpecIssue, type SpecLocation } from "./errors.js";
export type { SpecWarning, WarningHandler } from "./warnings.js";
export {
  diffSpecs,
  diffLoadedSpecs,
  failsGate,
  FAIL_ON_LEVELS,
  type DiffOptions,
  type FailOn,
} from "./diff/diff-specs.js";
export { readIgnoreFile, parseIgnoreDocument, ignoreFilter, type IgnoreEntry } from "./diff/ignore-file.js";
export { renderReport, REPORT_FORMATS, type ReportFormat } from "./diff/render/index.js";
export type {
  DiffReport,
  ReportedChange,
  ReportedOperation,
  ReportedSpec,
  SuppressedChange,
  UnusedIgnore,
} from "./diff/report.js";
export type { ChangeKind } from "./diff/changes.js";
export type { Verdict } from "./diff/policy.js";
export {
  updateSpecs,
  UpdateStepError,
  type ApiUpdate,
  type UpdateOptions,
  type UpdateResult,
} from "./update/update-specs.js";
export type { PackageUpdate, Bump } from "./update/package-update.js";
export type { SurfaceChange, SurfaceChangeKind } from "./update/api-surface.js";
export { renderPackageUpdate, renderChangeset } from "./update/render-update.js";
export { findUsages, CLIENT_PACKAGES, type Site, type Usages } from "./impact/find-usages.js";
export {
  impactOf,
  impactSpecs,
  type ImpactOptions,
  type ImpactReport,
  type ReachedChange,
} from "./impact/impact-report.js";
export { renderImpact, IMPACT_FORMATS, type ImpactFormat } from "./impact/render-impact.js";
