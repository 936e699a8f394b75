import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../errors.js";
import { fetchFailure, readRegularFile, sha256Hex } from "../load/load-spec.js";
import { pulledSpecPath, SOURCES_FILE } from "../options.js";
import { readSources, upstreamUrl, type PinnedSpec } from "./sources.js";

export const DEFAULT_SPECS_DIR = "../shared/specs/portone";

export interface PullOptions {
  /** The project root; relative paths are resolved against it. Default `process.cwd()`. */
  readonly cwd?: string;
  readonly sourcesFile?: string;
  /** Where spec files are looked for first. Default `$PORTONE_SPECS_DIR`, else `../shared/specs/portone`. */
  readonly specsDir?: string;
  /** Where the pulled specs are written, as `<api>.openapi.json`. Default `specs/`. */
  readonly outDir?: string;
  readonly fetch?: typeof globalThis.fetch;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface PulledSpec {
  readonly api: string;
  /** Where the spec now lives, e.g. `specs/v2.openapi.json`. */
  readonly file: string;
  /** The local file or URL it came from. */
  readonly origin: string;
  readonly sha256: string;
}

async function fetchPinned(
  pin: PinnedSpec,
  specsDir: string,
  fetchImpl: typeof globalThis.fetch,
): Promise<{ origin: string; bytes: Uint8Array } | { problem: string }> {
  const local = path.join(specsDir, path.posix.basename(pin.path));
  try {
    return { origin: local, bytes: await readRegularFile(local) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      return { problem: `cannot read ${local}: ${(error as Error).message}` };
    }
  }
  const url = upstreamUrl(pin);
  if (url === undefined) {
    return {
      problem: `${local} does not exist, and the pin has no commit or URL to download from (it was updated from a local file): put the file there or set PORTONE_SPECS_DIR`,
    };
  }
  try {
    const response = await fetchImpl(url);
    if (!response.ok)
      return { problem: `${local} does not exist and ${url} answered HTTP ${response.status}` };
    return { origin: url, bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch (error) {
    return { problem: `${local} does not exist and ${url} could not be downloaded: ${fetchFailure(error)}` };
  }
}

/**
 * Copies every pinned spec from the local specs directory, or downloads it from its pinned
 * upstream URL, and checks its sha256. Only when every spec is present and matches are they
 * written to `specs/`; otherwise nothing changes and the error lists every problem.
 */
export async function pullSpecs(options: PullOptions = {}): Promise<PulledSpec[]> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const env = options.env ?? process.env;
  const sourcesFile = path.resolve(cwd, options.sourcesFile ?? SOURCES_FILE);
  const specsDir = path.resolve(cwd, options.specsDir ?? env.PORTONE_SPECS_DIR ?? DEFAULT_SPECS_DIR);
  const pins = await readSources(sourcesFile);
  const fetched = await Promise.all(
    pins.map((pin) => fetchPinned(pin, specsDir, options.fetch ?? globalThis.fetch)),
  );

  const problems: string[] = [];
  const ready: { pin: PinnedSpec; origin: string; bytes: Uint8Array }[] = [];
  pins.forEach((pin, index) => {
    const result = fetched[index];
    if (!result || "problem" in result) {
      problems.push(`${pin.api}: ${result?.problem ?? "not fetched"}`);
      return;
    }
    const actual = sha256Hex(result.bytes);
    if (actual !== pin.sha256) {
      problems.push(
        `${pin.api}: sha256 of ${result.origin} is ${actual}, but ${path.relative(cwd, sourcesFile)} pins ${pin.sha256}`,
      );
      return;
    }
    ready.push({ pin, ...result });
  });
  if (problems.length > 0) {
    throw new UsageError(
      `pulling specs failed; nothing was written:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`,
    );
  }

  const token = randomBytes(4).toString("hex");
  const staged = ready.map(({ pin }) => {
    const target = path.resolve(cwd, pulledSpecPath(pin.api, options.outDir));
    return { target, temporary: `${target}.${token}.tmp` };
  });
  try {
    await Promise.all(staged.map(({ target }) => mkdir(path.dirname(target), { recursive: true })));
    await Promise.all(
      staged.map(({ temporary }, index) => writeFile(temporary, ready[index]?.bytes ?? new Uint8Array())),
    );
    for (const { temporary, target } of staged) await rename(temporary, target);
  } finally {
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
  }
  return ready.map(({ pin, origin }) => ({
    api: pin.api,
    file: pulledSpecPath(pin.api, options.outDir),
    origin,
    sha256: pin.sha256,
  }));
}
