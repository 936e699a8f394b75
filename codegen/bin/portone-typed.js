#!/usr/bin/env node
// Thin launcher: the CLI lives in src/cli and is compiled to dist by `pnpm build`.
import { runCli } from "../dist/cli/run-cli.js";

process.exitCode = await runCli(process.argv);
