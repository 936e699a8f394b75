import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { sha256Hex, type LoadedSpec } from "../../src/load/load-spec.js";
import { buildModel, type BuiltModel } from "../../src/model/build-model.js";
import { MINI_SPEC } from "./paths.js";

export type Json = Record<string, any>;

/** A fresh copy of the mini fixture, to mutate in a test case. */
export async function miniSpec(): Promise<Json> {
  return JSON.parse(await readFile(MINI_SPEC, "utf8")) as Json;
}

export function loaded(document: Json, file = "fixture.json"): LoadedSpec {
  const text = JSON.stringify(document);
  return { file, text, sha256: sha256Hex(text), document };
}

export function modelOf(document: Json, file?: string): BuiltModel {
  return buildModel("v2", loaded(document, file));
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
