import { readFile } from "node:fs/promises";
import path from "node:path";
import { diffLoadedSpecs, failsGate, type FailOn } from "../diff/diff-specs.js";
import { ignoreFilter, readIgnoreFile } from "../diff/ignore-file.js";
import type { DiffReport } from "../diff/report.js";
import { emitApi } from "../generate.js";
import { withOverlays } from "../load/load-overlaid-spec.js";
import { createFormatter, defaultFormatThreads } from "../format/formatter.js";
import { sha256Hex, specFromText, type LoadedSpec } from "../load/load-spec.js";
import { buildModel } from "../model/build-model.js";
import type { ApiModel, ApiName } from "../model/model.js";
import {
  DEFAULT_INCLUDE,
  DEFAULT_OVERLAYS,
  pulledSpecPath,
  SOURCES_FILE,
  SUPPORTED_APIS,
} from "../options.js";
import { readSources, type PinnedSpec } from "../pull/sources.js";
import { apiSurface } from "./api-surface.js";
import { fetchNewSpec, GITHUB, pinLabel, type NewSpec, type Upstream } from "./new-spec.js";
import { packageUpdate, type PackageUpdate } from "./package-update.js";
import { applyUpdate } from "./apply-update.js";
import { verifyPackages, type Candidate, type RunCommand } from "./verify-packages.js";

export interface UpdateOptions {
  /** The APIs to update. Default: every API pinned in `specs/sources.json`. */
  readonly apis?: readonly ApiName[];
  /** A file or URL to update an API to, instead of the newest upstream spec. */
  readonly specs?: Partial<Record<ApiName, string>>;
  /** The workspace root. Default `process.cwd()`. */
  readonly cwd?: string;
  /**
   * `PORTONE_SPECS_DIR`, when set, is where new specs are taken from (as `<api>.openapi.json`);
   * `GITHUB_TOKEN`, when set, authenticates the lookup of the newest commit.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Stop after the report: nothing is generated, checked or written. */
  readonly dryRun?: boolean;
  /** Leave everything as it was when the update has breaking changes (or warnings too). Default `never`. */
  readonly failOn?: FailOn;
  /** Accepts known changes. Default `specs/diff-ignore.yaml` when present. */
  readonly ignoreFile?: string;
  /** Write a changeset for each package the update changes. Default true. */
  readonly changeset?: boolean;
  readonly fetch?: typeof globalThis.fetch;
  readonly upstream?: Upstream;
  /** The date pins of files and URLs get. Default today (UTC). */
  readonly today?: string;
  readonly runCommand?: RunCommand;
  /** Called with each API's update as soon as its report is ready, before the long steps. */
  readonly onReport?: (update: ApiUpdate) => void;
  readonly onProgress?: (line: string) => void;
}

export interface ApiUpdate {
  readonly api: ApiName;
  readonly from: PinnedSpec;
  readonly to: PinnedSpec;
  readonly report: DiffReport;
  readonly update: PackageUpdate;
}

export interface UpdateResult {
  /** The APIs whose spec changed. */
  readonly updates: readonly ApiUpdate[];
  /** The APIs already at the newest spec. */
  readonly upToDate: readonly ApiName[];
  /** Whether the new pins and output were written; `reason` says why not. */
  readonly applied: boolean;
  readonly reason?: string;
  readonly changesets: readonly string[];
  /** 1 when an update breaks a package's users, else 0 (failures throw). */
  readonly exitCode: 0 | 1;
}

/** The step an update failed at, for the message: nothing was written when one is thrown. */
export class UpdateStepError extends Error {
  constructor(
    readonly step: string,
    readonly api: ApiName | undefined,
    override readonly cause: unknown,
  ) {
    const what = cause instanceof Error ? cause.message : String(cause);
    super(
      `update${api ? ` ${api}` : ""} failed at step "${step}": ${what}\n` +
        `Nothing was changed: the pins in ${SOURCES_FILE}, specs/ and generated/ are as they were.`,
    );
    this.name = "UpdateStepError";
  }
}

async function step<T>(name: string, api: ApiName | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw error instanceof UpdateStepError ? error : new UpdateStepError(name, api, error);
  }
}

/** A spec from the exact bytes an update holds, pinned by their sha256. */
function loadedFrom(file: string, bytes: Uint8Array): Promise<LoadedSpec> {
  return specFromText(file, new TextDecoder().decode(bytes), sha256Hex(bytes));
}

/** The model `generate` builds by default: with the built-in overlays, as the packages ship it. */
async function modelOf(api: ApiName, spec: LoadedSpec): Promise<ApiModel> {
  const overlaid = await withOverlays(spec, DEFAULT_OVERLAYS[api], {
    cwd: process.cwd(),
    fetch: globalThis.fetch,
  });
  return (await buildModel(api, overlaid.spec, DEFAULT_INCLUDE[api])).model;
}

/**
 * PortOne published a spec: fetch it, say what it changes for the packages' users, generate,
 * type-check and test the packages against the new output, and only then write the new pins,
 * specs, `generated/` and changesets. Any failing step leaves all of it as it was.
 */
export async function updateSpecs(options: UpdateOptions = {}): Promise<UpdateResult> {
  const root = path.resolve(options.cwd ?? process.cwd());
  const env = options.env ?? process.env;
  const progress = options.onProgress ?? (() => {});
  const sourcesFile = path.join(root, SOURCES_FILE);
  const pins = await step("read pins", undefined, () => readSources(sourcesFile));
  const apis =
    options.apis ?? pins.map((pin) => pin.api as ApiName).filter((api) => SUPPORTED_APIS.includes(api));
  const filter = await step("read ignore file", undefined, async () => {
    const file = options.ignoreFile ?? path.join(root, "specs", "diff-ignore.yaml");
    if (
      options.ignoreFile === undefined &&
      !(await readFile(file).then(
        () => true,
        () => false,
      ))
    )
      return undefined;
    return ignoreFilter(await readIgnoreFile(file));
  });

  const updates: (ApiUpdate & { newSpec: NewSpec; model: ApiModel })[] = [];
  const upToDate: ApiName[] = [];
  for (const api of apis) {
    const current = pins.find((pin) => pin.api === api);
    if (!current)
      throw new UpdateStepError("read pins", api, new Error(`${SOURCES_FILE} pins no ${api} spec`));
    progress(`${api}: fetching the new spec`);
    const newSpec = await step("fetch", api, () =>
      fetchNewSpec(api, current, {
        ...(options.specs?.[api] !== undefined ? { source: options.specs[api] } : {}),
        ...(env.PORTONE_SPECS_DIR ? { specsDir: path.resolve(root, env.PORTONE_SPECS_DIR) } : {}),
        cwd: root,
        fetch: options.fetch ?? globalThis.fetch,
        upstream: options.upstream ?? GITHUB,
        today: options.today ?? new Date().toISOString().slice(0, 10),
        ...(env.GITHUB_TOKEN ? { githubToken: env.GITHUB_TOKEN } : {}),
      }),
    );
    if (newSpec.pin.sha256 === current.sha256) {
      upToDate.push(api);
      continue;
    }
    const [oldSpec, loaded] = await step("load", api, async () => {
      const pinnedFile = path.join(root, pulledSpecPath(api));
      const bytes = await readFile(pinnedFile).catch(() => {
        throw new Error(`${pulledSpecPath(api)} is missing: run \`portone-typed pull\` first`);
      });
      if (sha256Hex(bytes) !== current.sha256)
        throw new Error(
          `${pulledSpecPath(api)} is not the pinned spec (sha256 differs): run \`portone-typed pull\``,
        );
      return Promise.all([loadedFrom(pulledSpecPath(api), bytes), loadedFrom(newSpec.label, newSpec.bytes)]);
    });
    const [oldModel, newModel] = await step("load", api, () =>
      Promise.all([modelOf(api, oldSpec), modelOf(api, loaded)]),
    );
    const labels = {
      from: pinLabel(current),
      to: newSpec.pin.commit
        ? pinLabel(newSpec.pin)
        : `${newSpec.label} (sha256 ${newSpec.pin.sha256.slice(0, 10)})`,
    };
    const report = await step("diff", api, async () =>
      diffLoadedSpecs(oldSpec, loaded, {
        ...(filter ? { filter } : {}),
        labels: { old: labels.from, new: labels.to },
      }),
    );
    const update = packageUpdate(report, apiSurface(oldModel), apiSurface(newModel), labels);
    const apiUpdate = { api, from: current, to: newSpec.pin, report, update };
    options.onReport?.(apiUpdate);
    updates.push({ ...apiUpdate, newSpec, model: newModel });
  }

  const exitCode = updates.some(({ update }) => update.summary.breaking > 0) ? 1 : 0;
  const result = (applied: boolean, reason?: string, changesets: readonly string[] = []): UpdateResult => ({
    updates: updates.map(({ api, from, to, report, update }) => ({ api, from, to, report, update })),
    upToDate,
    applied,
    ...(reason ? { reason } : {}),
    changesets,
    exitCode,
  });
  if (updates.length === 0) return result(false, "every spec is already the newest");
  if (options.dryRun) return result(false, "--dry-run: stopped after the report");
  const blocked = updates.filter(({ update }) => failsGate(update, options.failOn ?? "never"));
  if (blocked.length > 0)
    return result(
      false,
      `--fail-on ${options.failOn}: ${blocked.map(({ api }) => api).join(", ")} not applied`,
    );

  const candidates: Candidate[] = [];
  const formatter = createFormatter(defaultFormatThreads());
  try {
    for (const { api, model, newSpec } of updates) {
      progress(`${api}: generating`);
      const files = await step("generate", api, () => emitApi(model, formatter));
      candidates.push({ api, files, spec: newSpec.bytes });
    }
  } finally {
    await formatter.close();
  }
  await step("verify", undefined, () => verifyPackages(root, candidates, options.runCommand, progress));
  const changesets = await step("apply", undefined, () =>
    applyUpdate(root, candidates, updates, { changeset: options.changeset ?? true }),
  );
  return result(true, undefined, changesets);
}
