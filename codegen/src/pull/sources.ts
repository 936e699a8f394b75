import { readFile } from "node:fs/promises";
import { UsageError } from "../errors.js";

/** One spec pinned in `specs/sources.json`. */
export interface PinnedSpec {
  readonly api: string;
  /** GitHub `owner/name`. */
  readonly repository: string;
  /** Path of the file in the repository. */
  readonly path: string;
  readonly commit: string;
  readonly sha256: string;
  readonly date?: string;
}

export function upstreamUrl(pin: PinnedSpec): string {
  return `https://raw.githubusercontent.com/${pin.repository}/${pin.commit}/${pin.path}`;
}

function field(
  file: string,
  api: string,
  entry: Record<string, unknown>,
  name: string,
  pattern: RegExp,
): string {
  const value = entry[name];
  if (typeof value !== "string" || !pattern.test(value)) {
    throw new UsageError(
      `${file}: specs.${api}.${name} must be a string matching ${pattern} (got ${JSON.stringify(value)})`,
    );
  }
  return value;
}

/** Reads and checks `specs/sources.json`: `{ "specs": { "<api>": { repository, path, commit, sha256, date? } } }`. */
export async function readSources(file: string): Promise<PinnedSpec[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new UsageError(`${file}: cannot read the pinned specs: ${(error as Error).message}`);
  }
  const specs = (parsed as { specs?: unknown }).specs;
  if (specs === null || typeof specs !== "object" || Array.isArray(specs)) {
    throw new UsageError(`${file}: expected an object "specs" mapping each API (v1, v2) to its pin`);
  }
  return Object.entries(specs as Record<string, Record<string, unknown>>)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([api, entry]) => {
      if (!/^[a-z0-9]+$/.test(api))
        throw new UsageError(`${file}: "${api}" is not an API name (lowercase letters and digits)`);
      const date = entry.date;
      return {
        api,
        repository: field(file, api, entry, "repository", /^[\w.-]+\/[\w.-]+$/),
        path: field(file, api, entry, "path", /^[\w./-]+$/),
        commit: field(file, api, entry, "commit", /^[0-9a-f]{40}$/),
        sha256: field(file, api, entry, "sha256", /^[0-9a-f]{64}$/),
        ...(typeof date === "string" ? { date } : {}),
      };
    });
}
