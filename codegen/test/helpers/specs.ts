import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { sha256Hex, type LoadedSpec } from "../../src/load/load-spec.js";
import { buildOpenApi3Model, type BuiltModel } from "../../src/model/build-model.js";
import { buildModel } from "../../src/model/build-model.js";
import { MINI_SPEC, V1_MINI_SPEC } from "./paths.js";

export type Json = Record<string, any>;

/** A fresh copy of the mini fixture, to mutate in a test case. */
export async function miniSpec(): Promise<Json> {
  return JSON.parse(await readFile(MINI_SPEC, "utf8")) as Json;
}

/** A fresh copy of the V1 (Swagger 2.0) mini fixture. */
export async function v1MiniSpec(): Promise<Json> {
  return JSON.parse(await readFile(V1_MINI_SPEC, "utf8")) as Json;
}

/** The model of a V1 document; `include` defaults to everything. */
export function v1ModelOf(
  document: Json,
  include: readonly string[] = ["**"],
  file?: string,
): Promise<BuiltModel> {
  return buildModel("v1", loaded(document, file), include);
}

export function loaded(document: Json, file = "fixture.json"): LoadedSpec {
  const text = JSON.stringify(document);
  return { file, text, sha256: sha256Hex(text), document };
}

export function modelOf(document: Json, file?: string): BuiltModel {
  return buildOpenApi3Model("v2", loaded(document, file));
}

/** A temporary directory removed after the test. */
export function useTempDirs(): () => Promise<string> {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "portone-typed-test-"));
    dirs.push(dir);
    return dir;
  };
}

export async function writeJson(file: string, value: unknown): Promise<string> {
  await writeFile(file, JSON.stringify(value, null, 2));
  return file;
}
