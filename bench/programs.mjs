// The identity verification program of the type-check and bundle-size benchmarks, once per
// client (bench/programs/): the same flow (send, confirm, narrow the error and the status).
import { existsSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./lib.mjs";

export const PROGRAMS_DIR = path.join(ROOT, "bench", "programs");
export const BENCH_MODULES = path.join(ROOT, "bench", "node_modules");

export const OURS = {
  name: "@portone-typed/v2/identity-verification",
  file: "portone-typed.ts",
};
export const OFFICIAL_CATEGORY = {
  name: "@portone/server-sdk 0.19 /identityVerification",
  file: "server-sdk.ts",
};
export const OFFICIAL_WHOLE = {
  name: "@portone/server-sdk 0.19 PortOneClient (its README's whole-API client)",
  file: "server-sdk-portone-client.ts",
};
export const EMPTY = { name: "no client (empty program: the compiler's floor)", file: "empty.ts" };

/** Our package as a consumer gets it: its built dist/, not its sources. */
export function requireBuiltPackage() {
  const dist = path.join(ROOT, "packages", "v2", "dist", "identity-verification.js");
  if (!existsSync(dist))
    throw new Error(`${dist} is missing: run \`npm run setup\` (it builds the packages) first`);
}
