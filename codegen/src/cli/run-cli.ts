import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { SpecError, UsageError } from "../errors.js";
import { generate } from "../generate.js";
import type { ApiName } from "../model/model.js";
import { DEFAULT_INCLUDE, SUPPORTED_APIS } from "../options.js";
import { pullSpecs } from "../pull/pull-specs.js";

/** `v2=VALUE` → ["v2", "VALUE"], for options that take a value per API. */
function apiValue(value: string, example: string): [ApiName, string] {
  const match = /^([^=]+)=(.+)$/.exec(value);
  if (!match) throw new InvalidArgumentError(`expected API=VALUE (e.g. ${example}), got "${value}"`);
  const [, api = "", rest = ""] = match;
  if (!SUPPORTED_APIS.includes(api as ApiName)) {
    throw new InvalidArgumentError(`unknown API "${api}" (supported: ${SUPPORTED_APIS.join(", ")})`);
  }
  return [api as ApiName, rest];
}

function collectSpec(
  value: string,
  previous: Partial<Record<ApiName, string>> = {},
): Partial<Record<ApiName, string>> {
  const [api, source] = apiValue(value, "v2=specs/v2.openapi.json");
  return { ...previous, [api]: source };
}

function collectInclude(
  value: string,
  previous: Partial<Record<ApiName, readonly string[]>> = {},
): Partial<Record<ApiName, readonly string[]>> {
  const [api, glob] = apiValue(value, "v1=/certifications/**");
  return { ...previous, [api]: [...(previous[api] ?? []), glob] };
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`expected a whole number, got "${value}"`);
  return Number(value);
}

function buildProgram(io: { out: (text: string) => void; err: (text: string) => void }): Command {
  const program = new Command("portone-typed")
    .description("Precise TypeScript types from PortOne's published API specs.")
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command("generate")
    .description("generate types from PortOne specs into OUT/<api>/ (written only when everything succeeded)")
    .addOption(
      new Option(
        "--spec <api=path>",
        `a spec to generate from, as API=PATH or API=URL (API: ${SUPPORTED_APIS.join(", ")}); repeat for several. ` +
          "Default: every spec pinned in specs/sources.json, as pulled into specs/",
      ).argParser(collectSpec),
    )
    .addOption(
      new Option(
        "--include <api=glob>",
        "a path glob of an API to generate (`*` within a segment, `**` across; e.g. v1=/certifications/**); " +
          "repeat for several. The schemas those paths use come along. " +
          `Default: v1 = ${DEFAULT_INCLUDE.v1.join(", ")}; v2 = everything (v1=** for all of V1)`,
      ).argParser(collectInclude),
    )
    .option("--out <dir>", "directory that receives v1/ and v2/", "generated")
    .option(
      "--format-threads <n>",
      "worker threads for prettier; 0 formats on the main thread (fastest on 2-core machines)",
      parseCount,
      0,
    )
    .action(
      async (options: {
        spec?: Partial<Record<ApiName, string>>;
        include?: Partial<Record<ApiName, readonly string[]>>;
        out: string;
        formatThreads: number;
      }) => {
        const result = await generate({
          specs: options.spec ?? {},
          include: options.include ?? {},
          outDir: options.out,
          formatThreads: options.formatThreads,
          onWarning: (warning) =>
            io.err(`warning: ${warning.file}#${warning.pointer ?? ""}: ${warning.message}\n`),
        });
        for (const api of result.apis) io.out(`${api.api}: ${api.files.length} files in ${api.dir}\n`);
      },
    );

  program
    .command("pull")
    .description(
      "copy (or download) the specs pinned in specs/sources.json into specs/, checking each sha256; " +
        "a mismatch or a missing source changes nothing",
    )
    .option("--sources <file>", "the pin file", "specs/sources.json")
    .option(
      "--from <dir>",
      "directory holding the spec files; default $PORTONE_SPECS_DIR, else ../shared/specs/portone; " +
        "a spec not found there is downloaded from its pinned upstream URL",
    )
    .action(async (options: { sources: string; from?: string }) => {
      const pulled = await pullSpecs({
        sourcesFile: options.sources,
        ...(options.from ? { specsDir: options.from } : {}),
      });
      for (const spec of pulled)
        io.out(`${spec.api}: ${spec.file} (${spec.origin}, sha256 ${spec.sha256.slice(0, 12)}…)\n`);
    });
  return program;
}

/** Runs the CLI and returns its exit code: 0 success, 1 bad input (spec or usage), 2 an unexpected failure. */
export async function runCli(
  argv: readonly string[],
  io = {
    out: (text: string) => void process.stdout.write(text),
    err: (text: string) => void process.stderr.write(text),
  },
): Promise<number> {
  const program = buildProgram(io);
  if (argv.length <= 2) {
    program.outputHelp();
    return 1;
  }
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    if (error instanceof SpecError || error instanceof UsageError) {
      io.err(`error: ${error.message}\n`);
      return 1;
    }
    io.err(`portone-typed failed unexpectedly: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}
