import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export interface PrismServer {
  readonly url: string;
  /** What Prism printed, for a failing test to show. */
  output(): string;
  stop(): Promise<void>;
}

export interface PrismViolation {
  readonly location: readonly string[];
  readonly message: string;
}

/** The violations of the request in Prism's `sl-violations` header (it lists its own responses' there too). */
export function requestViolations(header: string | null | undefined): PrismViolation[] {
  return (JSON.parse(header ?? "[]") as PrismViolation[]).filter(
    (violation) => violation.location[0] === "request",
  );
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Starts Prism's mock server (request validation on) on 127.0.0.1 from a spec file, after
 * `adapt` has changed what Prism cannot read as is (V2's `portone` auth scheme).
 */
export async function startPrism(
  specFile: string,
  adapt: (spec: Record<string, any>) => void = () => {},
): Promise<PrismServer> {
  const spec = JSON.parse(await readFile(specFile, "utf8")) as Record<string, any>;
  adapt(spec);
  const dir = await mkdtemp(path.join(tmpdir(), "portone-typed-prism-"));
  const adapted = path.join(dir, path.basename(specFile));
  await writeFile(adapted, JSON.stringify(spec));
  const port = await freePort();
  const cli = createRequire(import.meta.url).resolve("@stoplight/prism-cli/dist/index.js");
  const prism = spawn(process.execPath, [cli, "mock", "-h", "127.0.0.1", "-p", String(port), adapted], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, SCARF_ANALYTICS: "false", NO_COLOR: "1" },
  });
  let output = "";
  prism.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  prism.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Prism did not start within 60 s:\n${output.slice(-2000)}`)),
      60_000,
    );
    prism.stdout.on("data", () => {
      if (output.includes("Prism is listening")) {
        clearTimeout(timer);
        resolve();
      }
    });
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
