import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "./errors.js";
import { defaultFormatThreads } from "./format/formatter.js";
import type { ApiName } from "./model/model.js";
import { EVERYTHING } from "./model/scope.js";
import type { WarningHandler } from "./warnings.js";

/** The APIs the generator can read. */
export const SUPPORTED_APIS: readonly ApiName[] = ["v1", "v2"];

/**
 * What is generated of each API unless told otherwise: all of V2; of V1, the access token and
 * the identity verification (본인인증) operations, which is what merchants on V1 use it for.
 */
export const DEFAULT_INCLUDE: Readonly<Record<ApiName, readonly string[]>> = {
  v1: [
    "/users/getToken",
    "/certifications/otp/request",
    "/certifications/otp/confirm/{imp_uid}",
    "/certifications/{imp_uid}",
  ],
  v2: EVERYTHING,
};

/**
 * The overlays applied to each API's spec unless told otherwise: what PortOne's guides state and
 * its spec does not (the PG keys of the identity verification `bypass`).
 */
export const DEFAULT_OVERLAYS: Readonly<Record<ApiName, readonly string[]>> = {
  v1: [],
  v2: [fileURLToPath(new URL("../overlays/portone-v2-bypass.overlay.json", import.meta.url))],
};

export interface GenerateOptions {
  /** The spec of each API to generate, as a file path or an http(s) URL. Default: the pulled specs listed in `specs/sources.json`. */
  readonly specs?: Partial<Record<ApiName, string>>;
  /** Where `v1/` and `v2/` are written. Default `generated`. */
  readonly outDir?: string;
  /**
   * Path globs of each API to generate (`*` within a segment, `**` across); the schemas those
   * paths use come along. Default: `DEFAULT_INCLUDE`. `["**"]` is everything.
   */
  readonly include?: Partial<Record<ApiName, readonly string[]>>;
  /**
   * OpenAPI Overlay 1.0 files applied, in order, to each API's spec before generating (path or
   * URL). Default: `DEFAULT_OVERLAYS`; `[]` generates from the spec alone.
   */
  readonly overlays?: Partial<Record<ApiName, readonly string[]>>;
  /** What relative paths are relative to. Default `process.cwd()`. */
  readonly cwd?: string;
  /** Used to download specs given as URLs. Default `globalThis.fetch`. */
  readonly fetch?: typeof globalThis.fetch;
  /** Receives each warning (e.g. an unknown `x-portone-*` extension). Default: print to stderr. */
  readonly onWarning?: WarningHandler;
  /**
   * Worker threads that run prettier; 0 formats on the calling thread. The default is one
   * worker where there are two cores or more, else 0 (see `defaultFormatThreads`); raise it
   * where cores and memory bandwidth allow.
   */
  readonly formatThreads?: number;
}

export interface ResolvedGenerateOptions {
  readonly specs: Readonly<Partial<Record<ApiName, string>>>;
  readonly include: Readonly<Record<ApiName, readonly string[]>>;
  readonly overlays: Readonly<Record<ApiName, readonly string[]>>;
  readonly outDir: string;
  readonly cwd: string;
  readonly fetch: typeof globalThis.fetch;
  readonly onWarning: WarningHandler;
  readonly formatThreads: number;
}

export const SOURCES_FILE = "specs/sources.json";

/** Where `portone-typed pull` puts an API's spec. */
export function pulledSpecPath(api: string, dir = "specs"): string {
  return path.join(dir, `${api}.openapi.json`);
}

async function defaultSpecs(cwd: string): Promise<Partial<Record<ApiName, string>>> {
  let sources: unknown;
  try {
    sources = JSON.parse(await readFile(path.join(cwd, SOURCES_FILE), "utf8"));
  } catch {
    throw new UsageError(
      `no --spec given and no readable ${SOURCES_FILE} in ${cwd} to take the pinned specs from`,
    );
  }
  const pinned = (sources as { specs?: Record<string, unknown> }).specs ?? {};
  const specs: Partial<Record<ApiName, string>> = {};
  for (const api of SUPPORTED_APIS) {
    if (Object.hasOwn(pinned, api)) specs[api] = pulledSpecPath(api);
  }
  return specs;
}

/** Fills in every default, in the one place the CLI, the API and the tests share. */
export async function resolveGenerateOptions(
  options: GenerateOptions = {},
): Promise<ResolvedGenerateOptions> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const specs =
    options.specs && Object.keys(options.specs).length > 0 ? options.specs : await defaultSpecs(cwd);
  for (const api of Object.keys(specs)) {
    if (!SUPPORTED_APIS.includes(api as ApiName)) {
      throw new UsageError(`unknown API "${api}" (supported: ${SUPPORTED_APIS.join(", ")})`);
    }
  }
  if (Object.keys(specs).length === 0) throw new UsageError("no spec to generate from");
  return {
    specs,
    include: { ...DEFAULT_INCLUDE, ...options.include },
    overlays: { ...DEFAULT_OVERLAYS, ...options.overlays },
    outDir: path.resolve(cwd, options.outDir ?? "generated"),
    cwd,
    fetch: options.fetch ?? globalThis.fetch,
    onWarning:
      options.onWarning ??
      ((warning) =>
        process.stderr.write(`warning: ${warning.file}#${warning.pointer ?? ""}: ${warning.message}\n`)),
    formatThreads: options.formatThreads ?? defaultFormatThreads(),
  };
}
