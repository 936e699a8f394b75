import { appendFile } from "node:fs/promises";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { SpecError, UsageError } from "../errors.js";
import type { ApiName } from "../model/model.js";
import { DEFAULT_INCLUDE, DEFAULT_OVERLAYS, SUPPORTED_APIS } from "../options.js";
import { pullSpecs } from "../pull/pull-specs.js";
import { diffSpecs, FAIL_ON_LEVELS, failsGate, type FailOn } from "../diff/diff-specs.js";
import { ignoreFilter, readIgnoreFile } from "../diff/ignore-file.js";
import { renderReport, REPORT_FORMATS, type ReportFormat } from "../diff/render/index.js";
import { UpdateStepError } from "../update/update-specs.js";
import { writeFileAtomically } from "../write/atomic-write.js";
import { updateCommand } from "./update-command.js";
import { impactSpecs } from "../impact/impact-report.js";
import { IMPACT_FORMATS, renderImpact, type ImpactFormat } from "../impact/render-impact.js";

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

function collectPerApi(example: string) {
  return (
    value: string,
    previous: Partial<Record<ApiName, readonly string[]>> = {},
  ): Partial<Record<ApiName, readonly string[]>> => {
    const [api, item] = apiValue(value, example);
    return { ...previous, [api]: [...(previous[api] ?? []), item] };
  };
}

/** The built-in overlays (unless turned off), then the ones given, per API. */
function overlaysToApply(
  given: Partial<Record<ApiName, readonly string[]>>,
  builtIn: boolean,
): Record<ApiName, readonly string[]> {
  return Object.fromEntries(
    SUPPORTED_APIS.map((api) => [api, [...(builtIn ? DEFAULT_OVERLAYS[api] : []), ...(given[api] ?? [])]]),
  ) as unknown as Record<ApiName, readonly string[]>;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`expected a whole number, got "${value}"`);
  return Number(value);
}

function buildProgram(
  io: { out: (text: string) => void; err: (text: string) => void },
  state: { exitCode: number },
): Command {
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
      ).argParser(collectPerApi("v1=/certifications/**")),
    )
    .addOption(
      new Option(
        "--overlay <api=path>",
        "an OpenAPI Overlay 1.0 file (or URL) applied to an API's spec before generating, after the " +
          "built-in ones (the PG keys of the V2 identity verification bypass); repeat for several",
      ).argParser(collectPerApi("v2=overlays/mine.json")),
    )
    .option("--no-builtin-overlays", "generate from the specs without the built-in overlays")
    .option("--out <dir>", "directory that receives v1/ and v2/", "generated")
    .option(
      "--format-threads <n>",
      "worker threads for prettier; 0 formats on the main thread (default: 1 with two cores or more, else 0)",
      parseCount,
    )
    .action(
      async (options: {
        spec?: Partial<Record<ApiName, string>>;
        include?: Partial<Record<ApiName, readonly string[]>>;
        overlay?: Partial<Record<ApiName, readonly string[]>>;
        builtinOverlays: boolean;
        out: string;
        formatThreads?: number;
      }) => {
        // Loaded on use: generation pulls in ts-morph and prettier, which `diff` and `pull` never need.
        const { generate } = await import("../generate.js");
        const result = await generate({
          specs: options.spec ?? {},
          include: options.include ?? {},
          overlays: overlaysToApply(options.overlay ?? {}, options.builtinOverlays),
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
    .option("--out <dir>", "directory the specs are written to, as <api>.openapi.json", "specs")
    .action(async (options: { sources: string; from?: string; out: string }) => {
      const pulled = await pullSpecs({
        sourcesFile: options.sources,
        outDir: options.out,
        ...(options.from ? { specsDir: options.from } : {}),
      });
      for (const spec of pulled)
        io.out(`${spec.api}: ${spec.file} (${spec.origin}, sha256 ${spec.sha256.slice(0, 12)}…)\n`);
    });
  program
    .command("diff")
    .description(
      "what changed from the OLD spec to the NEW one (files or URLs, V1 or V2), with a verdict per change " +
        "under PortOne's compatibility policy. Exit 0: no breaking change; 1: breaking changes " +
        "(see --fail-on); 2: the diff itself failed",
    )
    .argument("<old>", "the spec clients were generated from (path or URL)")
    .argument("<new>", "the spec to move to (path or URL)")
    .addOption(new Option("--format <format>", "report format").choices(REPORT_FORMATS).default("text"))
    .addOption(
      new Option("--fail-on <level>", "exit 1 on breaking changes, on warnings too, or never")
        .choices(FAIL_ON_LEVELS)
        .default("breaking"),
    )
    .option(
      "--ignore <file>",
      "accept known changes: a JSON or YAML file of { ignore: [{ id | kind, location, operation; reason }] }",
    )
    .option("--output <file>", "write the report to FILE instead of standard output")
    .option("--verbose", "text format: show every change, not only breaking changes and warnings", false)
    .option("--old-label <name>", "what to call the old spec in the report (default: its path)")
    .option("--new-label <name>", "what to call the new spec in the report (default: its path)")
    .action(
      async (
        oldSpec: string,
        newSpec: string,
        options: {
          format: ReportFormat;
          failOn: FailOn;
          ignore?: string;
          output?: string;
          verbose: boolean;
          oldLabel?: string;
          newLabel?: string;
        },
      ) => {
        const filter = options.ignore ? ignoreFilter(await readIgnoreFile(options.ignore)) : undefined;
        const report = await diffSpecs(oldSpec, newSpec, {
          ...(filter ? { filter } : {}),
          labels: { old: options.oldLabel, new: options.newLabel },
        });
        const rendered = renderReport(report, options.format, { verbose: options.verbose });
        if (options.output) await writeFileAtomically(options.output, rendered);
        else io.out(rendered);
        // Annotations are bounded; the job summary GitHub Actions keeps has every change.
        const summary = process.env.GITHUB_STEP_SUMMARY;
        if (options.format === "github" && summary)
          await appendFile(summary, renderReport(report, "markdown"));
        if (failsGate(report, options.failOn)) state.exitCode = 1;
      },
    );
  program
    .command("impact")
    .description(
      "what changed from the OLD spec to the NEW one for the calls YOUR code makes: reads the TypeScript " +
        "project (--project) and reports only the changes that reach the operations it calls through " +
        "@portone-typed/v2, @portone-typed/v1 or @portone/server-sdk and the generated types it names, " +
        "each with the file and line. Exit codes as diff's",
    )
    .argument("<old>", "the spec your code was built on (path or URL)")
    .argument("<new>", "the spec to move to (path or URL)")
    .requiredOption("--project <tsconfig>", "the TypeScript project to read (its tsconfig.json)")
    .addOption(new Option("--format <format>", "report format").choices(IMPACT_FORMATS).default("text"))
    .addOption(
      new Option("--fail-on <level>", "exit 1 on breaking changes, on warnings too, or never")
        .choices(FAIL_ON_LEVELS)
        .default("breaking"),
    )
    .option("--ignore <file>", "accept known changes (the diff's ignore file)")
    .action(
      async (
        oldSpec: string,
        newSpec: string,
        options: { project: string; format: ImpactFormat; failOn: FailOn; ignore?: string },
      ) => {
        const filter = options.ignore ? ignoreFilter(await readIgnoreFile(options.ignore)) : undefined;
        const report = await impactSpecs(oldSpec, newSpec, {
          project: options.project,
          ...(filter ? { filter } : {}),
        });
        io.out(renderImpact(report, options.format));
        if (failsGate(report, options.failOn)) state.exitCode = 1;
      },
    );
  program.addCommand(updateCommand(io, state, collectSpec));
  return program;
}

/**
 * Runs the CLI and returns its exit code. `generate` and `pull`: 0 success, 1 bad input (spec
 * or usage), 2 an unexpected failure. `diff` and `update` follow the convention of CI diff
 * tools: 0 no breaking change, 1 breaking changes, 2 the tool failed (bad input included).
 */
export async function runCli(
  argv: readonly string[],
  io = {
    out: (text: string) => void process.stdout.write(text),
    err: (text: string) => void process.stderr.write(text),
  },
): Promise<number> {
  const state = { exitCode: 0 };
  const program = buildProgram(io, state);
  if (argv.length <= 2) {
    program.outputHelp();
    return 1;
  }
  const command = argv.slice(2).find((arg) => !arg.startsWith("-"));
  const badInput = command === "diff" || command === "update" || command === "impact" ? 2 : 1;
  try {
    await program.parseAsync([...argv]);
    return state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : badInput;
    if (error instanceof SpecError || error instanceof UsageError || error instanceof UpdateStepError) {
      io.err(`error: ${error.message}\n`);
      return badInput;
    }
    io.err(`portone-typed failed unexpectedly: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}
