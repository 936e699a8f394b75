#!/usr/bin/env node
// The newcomer's first command (`npm run setup`): on a machine with only Node 20 and npm,
// install the workspace with the pinned pnpm, pull the pinned specs, generate, and build.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { packageManager } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const env = {
  ...process.env,
  // pnpm and turbo are devDependencies; after install they are here.
  PATH: `${path.join(root, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}`,
  TURBO_TELEMETRY_DISABLED: "1",
  TURBO_NO_UPDATE_NOTIFIER: "1",
};

function step(title, command, args) {
  process.stdout.write(`\n▶ ${title}: ${command} ${args.join(" ")}\n`);
  const result = spawnSync(command, args, {
    cwd: root,
    env,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.status !== 0) {
    process.stderr.write(`\n✖ ${title} failed (exit ${result.status ?? result.signal}).\n`);
    process.exit(result.status ?? 1);
  }
}

step("install", "npx", ["--yes", packageManager, "install", "--frozen-lockfile"]);
step("pull specs, generate, build", "turbo", ["run", "generate", "build", "--output-logs=new-only"]);
process.stdout.write(`\n✔ Done. Types are in generated/; run \`npm test\` for every test.\n`);
