import { readFile } from "node:fs/promises";
import { UsageError } from "../errors.js";
import { writeFileAtomically } from "../write/atomic-write.js";

/**
 * One spec pinned in `specs/sources.json`: where it lives upstream, which version (a commit of
 * that repository, or a URL), and its sha256, which is what is checked. A spec updated from a
 * local file has neither commit nor URL: it is pinned by sha256 alone and pulled from
 * `PORTONE_SPECS_DIR`.
 */
export interface PinnedSpec {
  readonly api: string;
  /** GitHub `owner/name`. */
  readonly repository: string;
  /** Path of the file in the repository. */
  readonly path: string;
  readonly commit?: string;
  /** Where the spec was downloaded from, when that is not the repository at a commit. */
  readonly url?: string;
  readonly sha256: string;
  /** The commit's date, or the day the spec was taken from a URL or file. */
  readonly date?: string;
}

const COMMIT = /^[0-9a-f]{40}$/;

/** Where the pinned version can be downloaded, if anywhere. */
export function upstreamUrl(pin: PinnedSpec): string | undefined {
  if (pin.url) return pin.url;
  if (pin.commit) return `https://raw.githubusercontent.com/${pin.repository}/${pin.commit}/${pin.path}`;
  return undefined;
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

function optionalField(
  file: string,
  api: string,
  entry: Record<string, unknown>,
  name: string,
  pattern: RegExp,
): string | undefined {
  return entry[name] === undefined ? undefined : field(file, api, entry, name, pattern);
}

async function readSourcesDocument(file: string): Promise<Record<string, unknown>> {
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
  return parsed as Record<string, unknown>;
}

/**
 * Reads and checks `specs/sources.json`:
 * `{ "specs": { "<api>": { repository, path, commit?, url?, sha256, date? } } }`.
 */
export async function readSources(file: string): Promise<PinnedSpec[]> {
  const document = await readSourcesDocument(file);
  return Object.entries(document.specs as Record<string, Record<string, unknown>>)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([api, entry]) => {
      if (!/^[a-z0-9]+$/.test(api))
        throw new UsageError(`${file}: "${api}" is not an API name (lowercase letters and digits)`);
      const commit = optionalField(file, api, entry, "commit", COMMIT);
      const url = optionalField(file, api, entry, "url", /^https?:\/\/\S+$/);
      const date = optionalField(file, api, entry, "date", /^\d{4}-\d{2}-\d{2}$/);
      return {
        api,
        repository: field(file, api, entry, "repository", /^[\w.-]+\/[\w.-]+$/),
        path: field(file, api, entry, "path", /^[\w./-]+$/),
        ...(commit ? { commit } : {}),
        ...(url ? { url } : {}),
        sha256: field(file, api, entry, "sha256", /^[0-9a-f]{64}$/),
        ...(date ? { date } : {}),
      };
    });
}

/**
 * Replaces the pins of the APIs in `pins` and keeps everything else in the file as it was
 * (other APIs' pins, the `$comment`), written atomically.
 */
export async function writeSources(file: string, pins: readonly PinnedSpec[]): Promise<void> {
  const document = await readSourcesDocument(file);
  const specs = { ...(document.specs as Record<string, unknown>) };
  for (const { api, ...pin } of pins) {
    specs[api] = {
      repository: pin.repository,
      path: pin.path,
      ...(pin.commit ? { commit: pin.commit } : {}),
      ...(pin.url ? { url: pin.url } : {}),
      ...(pin.date ? { date: pin.date } : {}),
      sha256: pin.sha256,
    };
  }
  await writeFileAtomically(file, `${JSON.stringify({ ...document, specs }, null, 2)}\n`);
}
