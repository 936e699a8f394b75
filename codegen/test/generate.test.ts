import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../src/generate.js";
import type { SpecWarning } from "../src/warnings.js";
import { MINI_SPEC } from "./helpers/paths.js";
import { miniSpec, useTempDirs, writeJson } from "./helpers/specs.js";

describe("generate()", () => {
  const tempDir = useTempDirs();

  it("replaces the output directory whole, leaving no temporary directories", async () => {
    const outDir = path.join(await tempDir(), "generated");
    await mkdir(path.join(outDir, "v2", "categories", "gone"), { recursive: true });
    await writeFile(path.join(outDir, "v2", "categories", "gone", "index.ts"), "// from an older spec\n");
    await mkdir(path.join(outDir, "v1"));
    await writeFile(path.join(outDir, "v1", "index.ts"), "// V1 is not regenerated here\n");

    const result = await generate({ specs: { v2: MINI_SPEC }, outDir, formatThreads: 0 });

    expect(result.apis.map((api) => api.dir)).toEqual([path.join(outDir, "v2")]);
    expect((await readdir(outDir)).sort()).toEqual(["v1", "v2"]);
    expect((await readdir(path.join(outDir, "v2", "categories"))).sort()).toEqual([
      "identityVerification",
      "payment",
      "uncategorized",
    ]);
    expect(await readFile(path.join(outDir, "v1", "index.ts"), "utf8")).toBe(
      "// V1 is not regenerated here\n",
    );
    expect(await readFile(path.join(outDir, "v2", "index.ts"), "utf8")).toContain("export * from");
  });

  it("removes what a run killed mid-write left, but not another live run's staging", async () => {
    const outDir = path.join(await tempDir(), "generated");
    const dead = path.join(outDir, ".v2.portone-typed-new-999999999-abcd1234");
    const live = path.join(outDir, `.v2.portone-typed-new-${process.pid}-abcd1234`);
    await mkdir(dead, { recursive: true });
    await mkdir(live, { recursive: true });
    await generate({ specs: { v2: MINI_SPEC }, outDir, formatThreads: 0 });
    expect((await readdir(outDir)).sort()).toEqual([path.basename(live), "v2"]);
  });

  it("warns about unknown x-portone extensions, naming them and where, and still generates", async () => {
    const dir = await tempDir();
    const spec = await miniSpec();
    spec.components.schemas.PageInput["x-portone-sandbox"] = true;
    spec.paths["/platform/setting"].get["x-portone-sandbox"] = true;
    spec.paths["/platform/setting"].get["x-portone-rate-limit"] = 10;
    const warnings: SpecWarning[] = [];

    const result = await generate({
      specs: { v2: await writeJson(path.join(dir, "spec.json"), spec) },
      outDir: path.join(dir, "out"),
      onWarning: (warning) => warnings.push(warning),
      formatThreads: 0,
    });

    expect(warnings.map((warning) => [warning.pointer, warning.message])).toEqual([
      [
        "/paths/~1platform~1setting/get",
        expect.stringMatching(/^unknown extension x-portone-rate-limit ignored \(1 place\)/),
      ],
      [
        "/paths/~1platform~1setting/get",
        expect.stringMatching(/^unknown extension x-portone-sandbox ignored \(2 places, first at #\/paths/),
      ],
    ]);
    expect(result.apis[0]?.warnings).toEqual(warnings);
  });

  it("formats the same on worker threads as on the calling thread", async () => {
    const [inProcess, workers] = await Promise.all([
      generate({ specs: { v2: MINI_SPEC }, outDir: path.join(await tempDir(), "a"), formatThreads: 0 }),
      generate({ specs: { v2: MINI_SPEC }, outDir: path.join(await tempDir(), "b"), formatThreads: 2 }),
    ]);
    expect(workers.apis[0]?.files).toEqual(inProcess.apis[0]?.files);
  });

  it("takes the pinned specs from specs/sources.json when none is given", async () => {
    const cwd = await tempDir();
    await mkdir(path.join(cwd, "specs"));
    await writeJson(path.join(cwd, "specs", "sources.json"), { specs: { v2: {} } });
    await writeFile(path.join(cwd, "specs", "v2.openapi.json"), await readFile(MINI_SPEC));
    const result = await generate({ cwd, formatThreads: 0 });
    expect(result.apis.map((api) => api.dir)).toEqual([path.join(cwd, "generated", "v2")]);
  });
});
