// Payments, side by side with @portone/server-sdk 0.19, on the programs of docs/migration.md
// (get, cancel, pay with a billing key: the same program for both, only the import and the error
// checks differ), plus the identity verification flow:
// - type-check of payments + billing keys + identity verification: what ours adds over the
//   compiler's floor ≤ 0.5× what the official PortOneClient adds;
// - bundle (esbuild, min+gzip) of the payment program ≤ the official SDK's;
// - cold import of the root entry and of /payment ≤ 0.5× the official SDK's (over Node's start);
// - installed size ≤ the official package's.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { compare, median, ROOT, timeCommand, timingTable, verdict, WORK_DIR } from "./lib.mjs";
import { BENCH_MODULES, PROGRAMS_DIR, requireBuiltPackage } from "./programs.mjs";
import { COMPILER_OPTIONS } from "./typecheck.mjs";

const DIR = path.join(WORK_DIR, "payment");
const NOISE_MS = 25;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const MB = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

/** The migration page's two programs, as the consumer test compiles them. */
function migrationPrograms() {
  const page = readFileSync(path.join(ROOT, "docs", "migration.md"), "utf8");
  return Object.fromEntries(
    [...page.matchAll(/^<!-- program: ([a-z-]+) -->\n\n```ts\n([\s\S]*?)^```$/gm)].map((match) => [
      match[1],
      match[2],
    ]),
  );
}

function writePrograms() {
  mkdirSync(DIR, { recursive: true });
  const programs = migrationPrograms();
  if (!programs["server-sdk"] || !programs["portone-typed"])
    throw new Error("docs/migration.md lacks its server-sdk or portone-typed program");
  // The payment operations only: the page's webhook handler is bench/webhook's subject.
  const [official, ours] = [programs["server-sdk"], programs["portone-typed"]].map((program) =>
    program.replace(/^export async function onWebhook[\s\S]*?^}\n/m, "").replace(", Webhook }", " }"),
  );
  if (ours.includes("Webhook"))
    throw new Error("docs/migration.md's webhook handler is no longer where bench/payment.mjs expects it");
  const identityVerification = (file) =>
    `export { verify } from ${JSON.stringify(path.join(PROGRAMS_DIR, file).replace(/\.ts$/, ".js"))};\n`;
  const oursByCategory = ours.replace(`from "@portone-typed/v2";`, `from "@portone-typed/v2/payment";`);
  const files = {
    "official.ts": official,
    "ours.ts": ours,
    "ours-payment.ts": oursByCategory,
    "official-with-iv.ts": `${official}${identityVerification("server-sdk-portone-client.ts")}`,
    "ours-with-iv.ts": `${ours}${identityVerification("portone-typed.ts")}`,
    "ours-payment-with-iv.ts": `${oursByCategory}${identityVerification("portone-typed.ts")}`,
    "empty.ts": "export {};\n",
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(DIR, name), text);
  for (const name of ["empty", "official-with-iv", "ours-with-iv", "ours-payment-with-iv"])
    writeFileSync(
      path.join(DIR, `${name}.json`),
      JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: [path.join(DIR, `${name}.ts`)] }),
    );
}

// Its verdicts are ratios of two differences of a few hundred ms each, which five rounds leave
// ±0.08 apart from run to run on a loaded machine.
const TYPECHECK_ROUNDS = 11;

function typecheck(runs) {
  const tsc = path.join(BENCH_MODULES, "typescript", "bin", "tsc");
  const contender = (name, config) => ({
    name,
    run: () => timeCommand(process.execPath, [tsc, "-p", path.join(DIR, `${config}.json`)]),
  });
  const results = compare(
    [
      contender("no client (the compiler's floor)", "empty"),
      contender("@portone-typed/v2 (root and /identity-verification)", "ours-with-iv"),
      contender("@portone-typed/v2/payment and /identity-verification", "ours-payment-with-iv"),
      contender("@portone/server-sdk 0.19 PortOneClient", "official-with-iv"),
    ],
    Math.max(runs, TYPECHECK_ROUNDS),
  );
  const [floor, ours, oursByCategory, official] = results;
  // Within each round, then the median over rounds: drift between rounds cancels.
  const added = (contender) =>
    median(
      contender.timesMs.map(
        (ms, round) =>
          Math.max(ms - floor.timesMs[round], 0) / (official.timesMs[round] - floor.timesMs[round]),
      ),
    );
  return {
    title:
      "Type-check of payments, billing keys and identity verification (TypeScript 5.9, strict, skipLibCheck)",
    table: timingTable(results),
    verdicts:
      official.medianMs - floor.medianMs >= NOISE_MS
        ? [
            verdict(
              "what ours (root) adds over the floor ÷ what PortOneClient adds",
              added(ours),
              "≤ 0.5×",
              added(ours) <= 0.5,
            ),
            verdict(
              "what ours (/payment) adds over the floor ÷ what PortOneClient adds",
              added(oursByCategory),
              "≤ 0.5×",
              added(oursByCategory) <= 0.5,
            ),
          ]
        : [],
    notes: [
      "The programs are docs/migration.md's payment program and bench/programs' identity verification flow; the /payment one differs only in its import (`@portone-typed/v2/payment`, whose `PortOneClient` has the payment category), as in the bundle below.",
      "Each ratio is taken within a round (the contenders run back to back), then the median over rounds.",
    ],
  };
}

async function bundleSize(file) {
  const result = await build({
    entryPoints: [path.join(DIR, file)],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
    nodePaths: [BENCH_MODULES],
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzip: gzipSync(code).length };
}

async function bundle() {
  const contenders = [
    ["@portone-typed/v2 (root entry)", "ours.ts"],
    ["@portone-typed/v2/payment", "ours-payment.ts"],
    ["@portone/server-sdk 0.19 (root entry)", "official.ts"],
  ];
  const sizes = await Promise.all(contenders.map(([, file]) => bundleSize(file)));
  const [root, payment, official] = sizes;
  return {
    title: "Bundle of the payment program: get, cancel, pay with a billing key (esbuild, minified, gzip)",
    table: {
      columns: ["contender", "minified", "gzip"],
      rows: contenders.map(([name], index) => [name, kB(sizes[index].minified), kB(sizes[index].gzip)]),
    },
    verdicts: [
      verdict("ours (root) ÷ official (gzip)", root.gzip / official.gzip, "≤ 1×", root.gzip <= official.gzip),
      verdict(
        "ours (/payment) ÷ official (gzip)",
        payment.gzip / official.gzip,
        "≤ 1×",
        payment.gzip <= official.gzip,
      ),
    ],
  };
}

function coldImport(runs) {
  const importing = (name, specifier) => ({
    name,
    run: () =>
      timeCommand(
        process.execPath,
        ["--input-type=module", "-e", specifier ? `await import(${JSON.stringify(specifier)})` : ""],
        {
          cwd: path.join(ROOT, "bench"),
        },
      ),
  });
  const pairs = [
    ["root entry", "@portone-typed/v2", "@portone/server-sdk"],
    ["/payment", "@portone-typed/v2/payment", "@portone/server-sdk/payment"],
  ];
  const results = compare(
    [
      importing("node, importing nothing (the floor)", undefined),
      ...pairs.flatMap(([label, ours, official]) => [
        importing(`${ours} (${label})`, ours),
        importing(`${official} 0.19 (${label})`, official),
      ]),
    ],
    runs,
  );
  const floor = results[0].medianMs;
  const verdicts = [];
  const notes = [];
  pairs.forEach(([label], index) => {
    const ours = results[1 + 2 * index].medianMs - floor;
    const official = results[2 + 2 * index].medianMs - floor;
    if (official >= NOISE_MS) {
      const ratio = Math.max(ours, 0) / official;
      verdicts.push(
        verdict(
          `cold import of the ${label}, over the floor: ours ÷ official`,
          ratio,
          "≤ 0.5×",
          ratio <= 0.5,
        ),
      );
    } else {
      notes.push(
        `${label}: ours adds ${Math.round(ours)} ms over Node's start and the official SDK ${Math.round(official)} ms, below the ${NOISE_MS} ms this machine tells apart.`,
      );
    }
  });
  return {
    title: "Cold import (a fresh `node` per run, ES modules)",
    table: timingTable(results),
    verdicts,
    notes,
  };
}

function treeSize(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    if (entry.name === "node_modules") return sum;
    const file = path.join(dir, entry.name);
    return sum + (entry.isDirectory() ? treeSize(file) : statSync(file).size);
  }, 0);
}

function installedSize() {
  const packed = spawnSync("npm", ["pack", "--dry-run", "--json"], {
    cwd: path.join(ROOT, "packages", "v2"),
    encoding: "utf8",
  });
  if (packed.status !== 0) throw new Error(`npm pack --dry-run failed: ${packed.stderr}`);
  const [ours] = JSON.parse(packed.stdout);
  const official = treeSize(path.join(BENCH_MODULES, "@portone", "server-sdk"));
  const declarations = ours.files
    .filter((file) => /\.d\.c?ts$/.test(file.path))
    .reduce((sum, file) => sum + file.size, 0);
  return {
    title: "Installed size (the package's own files, without dependencies)",
    table: {
      columns: ["contender", "unpacked"],
      rows: [
        ["@portone-typed/v2 (npm pack)", MB(ours.unpackedSize)],
        ["@portone/server-sdk 0.19 (as installed)", MB(official)],
      ],
    },
    verdicts: [
      verdict("ours ÷ official", ours.unpackedSize / official, "≤ 1×", ours.unpackedSize <= official),
    ],
    notes: [
      `Of ours, ${MB(declarations)} is declarations, one set for both module formats; each category's entry point has its own slice of the generated types, and the root entry composes the slices rather than repeating them, so a program that imports one category makes the compiler read only that category's types.`,
    ],
  };
}

export async function benchPayment({ runs = 5 } = {}) {
  requireBuiltPackage();
  writePrograms();
  return [typecheck(runs), await bundle(), coldImport(runs), installedSize()];
}
