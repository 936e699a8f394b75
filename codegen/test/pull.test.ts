import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../src/errors.js";
import { sha256Hex } from "../src/load/load-spec.js";
import { pullSpecs } from "../src/pull/pull-specs.js";
import { upstreamUrl, type PinnedSpec } from "../src/pull/sources.js";
import { useTempDirs, writeJson } from "./helpers/specs.js";

const V1 = '{"swagger":"2.0"}\n';
const V2 = '{"openapi":"3.0.3"}\n';
const pin = (api: string, text: string): Omit<PinnedSpec, "api"> => ({
  repository: "portone-io/developers.portone.io",
  path: `src/schema/${api}.openapi.json`,
  commit: "0a8743aae939dbee11449224d3042604a2ab5a19",
  sha256: sha256Hex(text),
});

describe("pullSpecs", () => {
  const tempDir = useTempDirs();

  async function project(pins: Record<string, Omit<PinnedSpec, "api">>, local: Record<string, string>) {
    const cwd = await tempDir();
    await mkdir(path.join(cwd, "specs"));
    await writeJson(path.join(cwd, "specs", "sources.json"), { specs: pins });
    const specsDir = path.join(cwd, "upstream");
    await mkdir(specsDir);
    for (const [name, text] of Object.entries(local)) await writeFile(path.join(specsDir, name), text);
    return { cwd, env: { PORTONE_SPECS_DIR: specsDir } };
  }

  const noNetwork: typeof fetch = async () => {
    throw new TypeError("fetch failed");
  };

  it("copies every pinned spec from PORTONE_SPECS_DIR after checking its sha256", async () => {
    const { cwd, env } = await project(
      { v1: pin("v1", V1), v2: pin("v2", V2) },
      { "v1.openapi.json": V1, "v2.openapi.json": V2 },
    );
    const pulled = await pullSpecs({ cwd, env, fetch: noNetwork });
    expect(pulled.map((spec) => [spec.api, spec.file])).toEqual([
      ["v1", "specs/v1.openapi.json"],
      ["v2", "specs/v2.openapi.json"],
    ]);
    expect(await readFile(path.join(cwd, "specs", "v2.openapi.json"), "utf8")).toBe(V2);
  });

  it("writes into another directory with outDir, leaving specs/ alone", async () => {
    const { cwd, env } = await project({ v2: pin("v2", V2) }, { "v2.openapi.json": V2 });
    const [pulled] = await pullSpecs({ cwd, env, fetch: noNetwork, outDir: "elsewhere/base" });
    expect(pulled?.file).toBe(path.join("elsewhere", "base", "v2.openapi.json"));
    expect(await readFile(path.join(cwd, "elsewhere", "base", "v2.openapi.json"), "utf8")).toBe(V2);
    expect(await readdir(path.join(cwd, "specs"))).toEqual(["sources.json"]);
  });

  it("downloads the pinned upstream URL when the local file is absent", async () => {
    const { cwd, env } = await project({ v2: pin("v2", V2) }, {});
    const requested: string[] = [];
    const fetchFake: typeof fetch = async (url) => {
      requested.push(String(url));
      return new Response(V2);
    };
    const [pulled] = await pullSpecs({ cwd, env, fetch: fetchFake });
    expect(requested).toEqual([upstreamUrl({ api: "v2", ...pin("v2", V2) })]);
    expect(requested[0]).toBe(
      "https://raw.githubusercontent.com/portone-io/developers.portone.io/0a8743aae939dbee11449224d3042604a2ab5a19/src/schema/v2.openapi.json",
    );
    expect(pulled?.origin).toBe(requested[0]);
    expect(await readFile(path.join(cwd, "specs", "v2.openapi.json"), "utf8")).toBe(V2);
  });

  it("refuses a sha256 mismatch and writes nothing, not even the specs that matched", async () => {
    const { cwd, env } = await project(
      { v1: pin("v1", V1), v2: pin("v2", V2) },
      { "v1.openapi.json": V1, "v2.openapi.json": '{"openapi":"3.1.0"}' },
    );
    await writeFile(path.join(cwd, "specs", "v1.openapi.json"), "previous v1");
    const error = await pullSpecs({ cwd, env, fetch: noNetwork }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(
      /v2: sha256 of .*v2\.openapi\.json is [0-9a-f]{64}, but specs\/sources\.json pins [0-9a-f]{64}/,
    );
    expect((error as Error).message).toContain("nothing was written");
    expect(await readFile(path.join(cwd, "specs", "v1.openapi.json"), "utf8")).toBe("previous v1");
    expect((await readdir(path.join(cwd, "specs"))).sort()).toEqual(["sources.json", "v1.openapi.json"]);
  });

  it("says where it looked when a spec is neither local nor downloadable", async () => {
    const { cwd, env } = await project({ v2: pin("v2", V2) }, {});
    await expect(pullSpecs({ cwd, env, fetch: noNetwork })).rejects.toThrow(
      /v2: .*upstream\/v2\.openapi\.json does not exist and https:\/\/raw\.githubusercontent\.com\/.* could not be downloaded: fetch failed/,
    );
    await expect(
      pullSpecs({ cwd, env, fetch: async () => new Response("nope", { status: 404 }) }),
    ).rejects.toThrow(/answered HTTP 404/);
  });

  it("downloads a spec pinned by URL, and asks for the file of one pinned by sha256 alone", async () => {
    const { commit: _, ...unversioned } = pin("v2", V2);
    const byUrl = await project({ v2: { ...unversioned, url: "https://example.test/v2.json" } }, {});
    const requested: string[] = [];
    await pullSpecs({
      ...byUrl,
      fetch: async (url) => {
        requested.push(String(url));
        return new Response(V2);
      },
    });
    expect(requested).toEqual(["https://example.test/v2.json"]);

    const bySha = await project({ v2: unversioned }, {});
    await expect(pullSpecs({ ...bySha, fetch: noNetwork })).rejects.toThrow(
      /v2: .*v2\.openapi\.json does not exist, and the pin has no commit or URL to download from/,
    );
  });

  it.each([
    { name: "no specs object", sources: {}, want: /expected an object "specs"/ },
    {
      name: "a short commit",
      sources: { specs: { v2: { ...pin("v2", V2), commit: "abc" } } },
      want: /specs\.v2\.commit must be/,
    },
    {
      name: "a malformed sha256",
      sources: { specs: { v2: { ...pin("v2", V2), sha256: "x" } } },
      want: /specs\.v2\.sha256 must be/,
    },
  ])("rejects a sources file with $name", async ({ sources, want }) => {
    const cwd = await tempDir();
    await mkdir(path.join(cwd, "specs"));
    await writeJson(path.join(cwd, "specs", "sources.json"), sources);
    await expect(pullSpecs({ cwd, fetch: noNetwork })).rejects.toThrow(want);
  });
});
