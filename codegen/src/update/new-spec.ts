import path from "node:path";
import { readRegularFile, sha256Hex } from "../load/load-spec.js";
import type { ApiName } from "../model/model.js";
import type { PinnedSpec } from "../pull/sources.js";

/** Where "the newest spec" is asked for: GitHub's API and its raw file host. */
export interface Upstream {
  readonly api: string;
  readonly raw: string;
}

export const GITHUB: Upstream = { api: "https://api.github.com", raw: "https://raw.githubusercontent.com" };

/** A spec to update to: its bytes, what to call it, and the pin that names it. */
export interface NewSpec {
  readonly api: ApiName;
  readonly label: string;
  /** A local path of the bytes, for loaders that take a path (written by the caller if needed). */
  readonly origin: string;
  readonly bytes: Uint8Array;
  readonly pin: PinnedSpec;
}

export interface NewSpecRequest {
  /** A file or URL given for this API; else `specsDir`; else the upstream's newest commit. */
  readonly source?: string;
  readonly specsDir?: string;
  readonly cwd: string;
  readonly fetch: typeof globalThis.fetch;
  readonly upstream: Upstream;
  /** The date a pin of a file or URL gets (`YYYY-MM-DD`). */
  readonly today: string;
  /** Sent to GitHub's API only (`GITHUB_TOKEN` in CI), where unauthenticated calls are rate-limited. */
  readonly githubToken?: string;
}

const RAW_AT_COMMIT = /^https:\/\/raw\.githubusercontent\.com\/([\w.-]+\/[\w.-]+)\/([0-9a-f]{40})\/(.+)$/;

async function download(
  url: string,
  fetchImpl: typeof globalThis.fetch,
  headers: Record<string, string> = {},
): Promise<Response> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { "User-Agent": "portone-typed", ...headers } });
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    throw new Error(
      `${url} could not be downloaded: ${(error as Error).message}${cause ? ` (${cause})` : ""}`,
    );
  }
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return response;
}

async function fromUrl(
  api: ApiName,
  url: string,
  current: PinnedSpec,
  request: NewSpecRequest,
): Promise<NewSpec> {
  const bytes = new Uint8Array(await (await download(url, request.fetch)).arrayBuffer());
  const sha256 = sha256Hex(bytes);
  const raw = RAW_AT_COMMIT.exec(url);
  // A raw GitHub URL at a commit is pinned as that commit; any other URL as itself.
  const pin: PinnedSpec = raw
    ? {
        api,
        repository: raw[1] ?? current.repository,
        path: raw[3] ?? current.path,
        commit: raw[2] ?? "",
        sha256,
        date: request.today,
      }
    : { api, repository: current.repository, path: current.path, url, sha256, date: request.today };
  return { api, label: url, origin: url, bytes, pin };
}

async function fromFile(
  api: ApiName,
  file: string,
  current: PinnedSpec,
  request: NewSpecRequest,
): Promise<NewSpec> {
  const absolute = path.resolve(request.cwd, file);
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(absolute);
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as Error).message}`);
  }
  const pin = {
    api,
    repository: current.repository,
    path: current.path,
    sha256: sha256Hex(bytes),
    date: request.today,
  };
  return { api, label: file, origin: absolute, bytes, pin };
}

/** The newest commit that touched the spec's path upstream, and the spec at that commit. */
async function fromUpstream(api: ApiName, current: PinnedSpec, request: NewSpecRequest): Promise<NewSpec> {
  const query = `path=${encodeURIComponent(current.path)}&per_page=1`;
  const commitsUrl = `${request.upstream.api}/repos/${current.repository}/commits?${query}`;
  const headers = {
    Accept: "application/vnd.github+json",
    ...(request.githubToken ? { Authorization: `Bearer ${request.githubToken}` } : {}),
  };
  const commits = (await (await download(commitsUrl, request.fetch, headers)).json()) as {
    sha?: unknown;
    commit?: { committer?: { date?: unknown } };
  }[];
  const newest = Array.isArray(commits) ? commits[0] : undefined;
  if (typeof newest?.sha !== "string" || !/^[0-9a-f]{40}$/.test(newest.sha)) {
    throw new Error(`${commitsUrl} named no commit of ${current.path}`);
  }
  const url = `${request.upstream.raw}/${current.repository}/${newest.sha}/${current.path}`;
  const bytes = new Uint8Array(await (await download(url, request.fetch)).arrayBuffer());
  const committed = newest.commit?.committer?.date;
  const date = typeof committed === "string" ? committed.slice(0, 10) : request.today;
  return {
    api,
    label: `${current.repository}@${newest.sha.slice(0, 10)} (${date})`,
    origin: url,
    bytes,
    pin: {
      api,
      repository: current.repository,
      path: current.path,
      commit: newest.sha,
      sha256: sha256Hex(bytes),
      date,
    },
  };
}

/** Fetches the spec an API is to be updated to, and the pin it would be written as. */
export function fetchNewSpec(api: ApiName, current: PinnedSpec, request: NewSpecRequest): Promise<NewSpec> {
  if (request.source !== undefined) {
    return /^https?:\/\//.test(request.source)
      ? fromUrl(api, request.source, current, request)
      : fromFile(api, request.source, current, request);
  }
  if (request.specsDir !== undefined) {
    return fromFile(api, path.join(request.specsDir, path.posix.basename(current.path)), current, request);
  }
  return fromUpstream(api, current, request);
}

/** What the report calls the pinned version: `owner/repo@a511c22a00 (2026-07-03)`. */
export function pinLabel(pin: PinnedSpec): string {
  const version = pin.commit
    ? `${pin.repository}@${pin.commit.slice(0, 10)}`
    : (pin.url ?? `sha256 ${pin.sha256.slice(0, 10)}`);
  return pin.date ? `${version} (${pin.date})` : version;
}
