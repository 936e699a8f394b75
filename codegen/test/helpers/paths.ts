import path from "node:path";
import { fileURLToPath } from "node:url";

export const CODEGEN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const REPO_DIR = path.resolve(CODEGEN_DIR, "..");
export const FIXTURES_DIR = path.join(CODEGEN_DIR, "test/fixtures");
export const GOLDEN_DIR = path.join(CODEGEN_DIR, "test/golden");
export const MINI_SPEC = path.join(FIXTURES_DIR, "portone-v2-mini.json");
export const V1_MINI_SPEC = path.join(FIXTURES_DIR, "iamport-v1-mini.json");
/** The real V2 spec, pulled by `pnpm pull-specs` (the test task depends on it). */
export const REAL_V2_SPEC = path.join(REPO_DIR, "specs/v2.openapi.json");
export const REAL_V1_SPEC = path.join(REPO_DIR, "specs/v1.openapi.json");
/** Real consecutive spec versions and the facts each pair must show (shared material, read-only). */
export const SPEC_HISTORY_DIR =
  process.env.PORTONE_SPEC_HISTORY_DIR ?? path.join(REPO_DIR, "../shared/specs/history");
