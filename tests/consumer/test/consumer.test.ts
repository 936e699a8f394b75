import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createConsumerProject,
  FLOW_OUTPUT,
  node,
  OUR_PACKAGES,
  run,
  tsc,
  type ConsumerProject,
} from "./consumer-project.js";

const PROGRAM = path.resolve(import.meta.dirname, "../program/identity-verification.ts");
const PACKAGES_DIR = path.resolve(import.meta.dirname, "../../../packages");
const PAYMENT_EXAMPLE = path.join(PACKAGES_DIR, "v2", "examples", "payment-flow.ts");
const MIGRATION_PAGE = path.resolve(import.meta.dirname, "../../../docs/migration.md");

/** The migration page's two programs, by the name in the comment above each. */
async function migrationPrograms(): Promise<Record<string, string>> {
  const page = await readFile(MIGRATION_PAGE, "utf8");
  return Object.fromEntries(
    [...page.matchAll(/^<!-- program: ([a-z-]+) -->\n\n```ts\n([\s\S]*?)^```$/gm)].map((match) => [
      match[1],
      match[2],
    ]),
  );
}

// What the READMEs' examples leave to the reader's application.
const README_PRELUDE =
  "declare const request: { ip: string };\ndeclare const codeTheCustomerTyped: string;\n";

/** The `ts` code blocks of a package's READMEs (English, then Korean), each as a module of its own. */
async function readmeExamples(name: string): Promise<string[]> {
  const examples: string[] = [];
  for (const file of ["README.md", "README.ko.md"]) {
    const readme = await readFile(path.join(PACKAGES_DIR, name, file), "utf8");
    const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)];
    if (blocks.length === 0) throw new Error(`packages/${name}/${file} has no ts examples`);
    examples.push(...blocks.map((match) => `${README_PRELUDE}${match[1]}export {};\n`));
  }
  return examples;
}

/** For every entry point of PACKAGE: the names that require() and import() do not give alike. */
const COMPARE_FORMATS = `import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const manifest = require("PACKAGE/package.json");
const entries = [];
for (const key of Object.keys(manifest.exports).filter((key) => key !== "./package.json")) {
  const entry = "PACKAGE" + key.slice(1);
  const required = require(entry);
  const imported = await import(entry);
  const names = new Set([...Object.keys(required), ...Object.keys(imported)].filter((name) => name !== "default"));
  // Each format has its own instances: functions match by kind, values by their JSON.
  const same = (a, b) => typeof a === typeof b && (typeof a === "function" || JSON.stringify(a) === JSON.stringify(b));
  const missing = [...names].filter((name) => !(name in required) || !(name in imported) || !same(required[name], imported[name]));
  entries.push({ entry, missing, names: names.size });
}
console.log(JSON.stringify(entries));
`;

const EXPRESS_SHIM = `declare module "express" {
  import type { IncomingHttpHeaders } from "node:http";
  interface Request { body: Buffer; headers: IncomingHttpHeaders }
  interface Response { sendStatus(status: number): void }
  type Handler = (req: Request, res: Response) => unknown;
  interface Express { post(path: string, ...handlers: Handler[]): void }
  interface ExpressFactory { (): Express; raw(options: { type: string }): Handler }
  const express: ExpressFactory;
  export default express;
}
`;

// Under `strict` and without skipLibCheck: our declarations must compile in the consumer's project.
const STRICT = { strict: true, skipLibCheck: false, target: "es2022", types: ["node"] };

const TSCONFIGS = {
  "tsconfig.node16.json": { ...STRICT, module: "node16", moduleResolution: "node16", outDir: "out" },
  "tsconfig.bundler.json": { ...STRICT, module: "preserve", moduleResolution: "bundler", noEmit: true },
};

describe("the published packages, from a consumer's side", () => {
  let consumer: ConsumerProject | undefined;
  let project = "";
  const examples: string[] = [];

  beforeAll(async () => {
    consumer = await createConsumerProject();
    project = consumer.project;
    const program = await readFile(PROGRAM, "utf8");
    // The same program as an ES module and as CommonJS (TypeScript compiles the .cts to require()).
    await writeFile(path.join(project, "main.mts"), program);
    await writeFile(path.join(project, "main.cts"), program);
    for (const name of OUR_PACKAGES) {
      for (const [index, example] of (await readmeExamples(name)).entries()) {
        const file = `readme-${name}-${index}.mts`;
        await writeFile(path.join(project, file), example);
        examples.push(file);
      }
    }
    await writeFile(path.join(project, "payment.mts"), await readFile(PAYMENT_EXAMPLE, "utf8"));
    for (const [name, program] of Object.entries(await migrationPrograms())) {
      await writeFile(path.join(project, `migration-${name}.mts`), program);
    }
    await writeFile(
      path.join(project, "tsconfig.programs.json"),
      JSON.stringify(
        {
          compilerOptions: { ...TSCONFIGS["tsconfig.node16.json"], noEmit: true },
          files: ["payment.mts", "migration-server-sdk.mts", "migration-portone-typed.mts"],
        },
        null,
        2,
      ),
    );
    // Express is not installed here: the README's webhook route is checked against the part
    // of Express's API it uses, the rest of it against the real packages.
    await writeFile(path.join(project, "express-shim.d.ts"), EXPRESS_SHIM);
    await writeFile(
      path.join(project, "tsconfig.readme.json"),
      JSON.stringify(
        {
          compilerOptions: { ...TSCONFIGS["tsconfig.bundler.json"] },
          files: ["express-shim.d.ts", ...examples],
        },
        null,
        2,
      ),
    );
    for (const [file, compilerOptions] of Object.entries(TSCONFIGS)) {
      await writeFile(
        path.join(project, file),
        JSON.stringify({ compilerOptions, files: ["main.mts", "main.cts"] }, null, 2),
      );
    }
  });

  afterAll(async () => {
    if (consumer) await rm(consumer.root, { recursive: true, force: true });
  });

  it("installs with nothing from the workspace", async () => {
    const manifest = JSON.parse(
      await readFile(path.join(project, "node_modules/@portone-typed/v2/package.json"), "utf8"),
    );
    expect(manifest.dependencies).toEqual({ "openapi-fetch": "~0.16.0" });
    await expect(
      readFile(path.join(project, "node_modules/@portone-typed/internal/package.json")),
    ).rejects.toThrow();
  });

  it.each(OUR_PACKAGES)("@portone-typed/%s passes publint --strict", (name) => {
    expect(run("publint", ["run", consumer!.tarballs[name], "--strict"], project)).toMatch(/All good/);
  });

  // The strict profile: every entry point resolves to the right types under node10, node16
  // (ESM and CommonJS) and bundler resolution alike. attw exits non-zero on any problem.
  it.each(OUR_PACKAGES)("@portone-typed/%s passes @arethetypeswrong/cli", (name) => {
    expect(
      run("attw", [consumer!.tarballs[name], "--profile", "strict", "--format", "ascii"], project),
    ).toMatch(/No problems found/);
  });

  it.each(Object.keys(TSCONFIGS))("type-checks under %s (ESM and CommonJS)", (tsconfig) => {
    expect(tsc(project, tsconfig)).toBe("");
  });

  it("compiles the examples in the packages' READMEs", () => {
    expect(examples).toEqual(expect.arrayContaining(["readme-v1-0.mts", "readme-v2-0.mts"]));
    expect(tsc(project, "tsconfig.readme.json")).toBe("");
  });

  it("type-checks the payment example and both programs of the migration page", () => {
    expect(tsc(project, "tsconfig.programs.json")).toBe("");
  });

  it("changes only the import and the error checks when moving from @portone/server-sdk", async () => {
    const programs = await migrationPrograms();
    const before = programs["server-sdk"]?.split("\n") ?? [];
    const after = programs["portone-typed"]?.split("\n") ?? [];
    expect(after.length).toBe(before.length);
    const changed = after.filter((line, index) => line !== before[index]);
    expect(changed.length).toBeGreaterThan(0);
    for (const line of changed) expect(line).toMatch(/^import |isPortOneError\(error, |error\.data\?\.type/);
  });

  it("runs as an ES module against the fakes", () => {
    tsc(project, "tsconfig.node16.json");
    expect(JSON.parse(node(project, "out/main.mjs"))).toEqual(FLOW_OUTPUT);
  });

  it("runs as CommonJS against the fakes", async () => {
    tsc(project, "tsconfig.node16.json");
    expect(await readFile(path.join(project, "out/main.cjs"), "utf8")).toContain(
      'require("@portone-typed/v2/identity-verification")',
    );
    expect(JSON.parse(node(project, "out/main.cjs"))).toEqual(FLOW_OUTPUT);
  });

  // The CommonJS bundles write their re-exports in a loop of their own (packages/tsup.shared.ts):
  // require() must give every name import() gives, as the same value.
  it.each(OUR_PACKAGES)("@portone-typed/%s exports the same under require() and import()", async (name) => {
    const script = `compare-formats-${name}.mjs`;
    await writeFile(
      path.join(project, script),
      COMPARE_FORMATS.replaceAll("PACKAGE", `@portone-typed/${name}`),
    );
    const entries = JSON.parse(node(project, script)) as {
      entry: string;
      missing: string[];
      names: number;
    }[];
    expect(entries.length).toBeGreaterThan(1);
    for (const { entry, missing, names } of entries) {
      expect(missing, entry).toEqual([]);
      expect(names, entry).toBeGreaterThan(0);
    }
  });

  it.each([
    "@portone-typed/v2",
    "@portone-typed/v2/identity-verification",
    "@portone-typed/v2/webhook",
    "@portone-typed/v1",
  ])("%s needs only fetch: it bundles for the browser with no Node built-ins", async (entry) => {
    const result = await build({
      stdin: { contents: `export * from "${entry}";`, resolveDir: project },
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]?.text).not.toMatch(/\bnode:|require\(/);
  });
});
