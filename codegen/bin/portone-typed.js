#!/usr/bin/env node
// Thin launcher: the CLI lives in src/cli and is bundled to dist/cli.js by `pnpm build` (build.mjs).
import { runCli } from "../dist/cli.js";

process.exitCode = await runCli(process.argv);
