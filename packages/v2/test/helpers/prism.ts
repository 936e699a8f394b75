import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const REAL_V2_SPEC = path.resolve(PACKAGE_DIR, "../../specs/v2.openapi.json");

export interface PrismServer {
  readonly url: string;
  /** What Prism printed, for a failing test to show. */
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Starts Prism's mock server on 127.0.0.1 from the real V2 spec, validating requests.
 *
 * Prism does not know the spec's `http` scheme `portone` and answers 401 to
 * `Authorization: PortOne …`, so it is given a copy whose `portOne` scheme is rewritten to the
 * equivalent API key in the `Authorization` header; nothing else in the spec changes.
 */
export async function startPrism(): Promise<PrismServer> {
  const spec = JSON.parse(await readFile(REAL_V2_SPEC, "utf8"));
  spec.components.securitySchemes.portOne = { type: "apiKey", in: "header", name: "Authorization" };
  const dir = await mkdtemp(path.join(tmpdir(), "portone-typed-prism-"));
  const specFile = path.join(dir, "v2.openapi.json");
  await writeFile(specFile, JSON.stringify(spec));
  const port = await freePort();
  const prism: ChildProcess = spawn(
    process.execPath,
    [
      path.join(PACKAGE_DIR, "node_modules/@stoplight/prism-cli/dist/index.js"),
      "mock",
      "-h",
      "127.0.0.1",
      "-p",
      String(port),
      specFile,
    ],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, SCARF_ANALYTICS: "false", NO_COLOR: "1" } },
  );
  let output = "";
  prism.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  prism.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Prism did not start within 60 s:\n${output.slice(-2000)}`)),
      60_000,
    );
    const check = () => {
      if (output.includes("Prism is listening")) {
        clearTimeout(timer);
        resolve();
      }
    };
    prism.stdout?.on("data", check);
    prism.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited with ${code}:\n${output.slice(-2000)}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      prism.removeAllListeners("exit");
      prism.kill("SIGTERM");
      await rm(dir, { recursive: true, force: true });
    },
  };
}
