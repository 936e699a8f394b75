import { Command, InvalidArgumentError, Option } from "commander";
import { FAIL_ON_LEVELS, type FailOn } from "../diff/diff-specs.js";
import { renderReport } from "../diff/render/index.js";
import type { ApiName } from "../model/model.js";
import { SUPPORTED_APIS } from "../options.js";
import { renderPackageUpdate } from "../update/render-update.js";
import { updateSpecs } from "../update/update-specs.js";

interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

function parseApis(values: readonly string[]): ApiName[] | undefined {
  if (values.length === 0 || values.includes("all")) return undefined;
  for (const value of values) {
    if (!SUPPORTED_APIS.includes(value as ApiName))
      throw new InvalidArgumentError(`unknown API "${value}" (v1, v2 or all)`);
  }
  return [...new Set(values)] as ApiName[];
}

/** `portone-typed update [v1|v2|all]`: a thin shell over `updateSpecs`. */
export function updateCommand(
  io: Io,
  state: { exitCode: number },
  collectSpec: (
    value: string,
    previous?: Partial<Record<ApiName, string>>,
  ) => Partial<Record<ApiName, string>>,
): Command {
  return new Command("update")
    .description(
      "move to PortOne's newest spec (or a given one): report what changes for users of @portone-typed/v1 " +
        "and /v2, generate, type-check and test the packages against the new output, and only then write the " +
        "new pins, specs/, generated/ and a changeset. Exit 0: applied or nothing to do, no breaking change; " +
        "1: breaking changes (still applied unless --fail-on); 2: a step failed, and nothing was changed",
    )
    .argument("[apis...]", "v1, v2 or all (default: all, or the APIs given a --spec)", [])
    .addOption(
      new Option(
        "--spec <api=path>",
        "update API to this file or URL instead of the newest upstream spec (default: $PORTONE_SPECS_DIR/<api>.openapi.json " +
          "when set, else the newest commit of the pinned repository path); repeat for several",
      ).argParser(collectSpec),
    )
    .option("--dry-run", "stop after the report: nothing is generated, checked or written", false)
    .addOption(
      new Option(
        "--fail-on <level>",
        "leave everything as it was on breaking changes, on warnings too, or never",
      )
        .choices(FAIL_ON_LEVELS)
        .default("never"),
    )
    .option("--ignore <file>", "accept known changes (default: specs/diff-ignore.yaml when present)")
    .option("--no-changeset", "do not write a changeset")
    .option("--root <dir>", "the workspace root (default: the current directory)")
    .action(
      async (
        apis: string[],
        options: {
          spec?: Partial<Record<ApiName, string>>;
          dryRun: boolean;
          failOn: FailOn;
          ignore?: string;
          changeset: boolean;
          root?: string;
        },
      ) => {
        // `update --spec v2=FILE` means v2 alone, not v2 from FILE and v1 from upstream.
        const selected =
          apis.length === 0 && options.spec ? (Object.keys(options.spec) as ApiName[]) : parseApis(apis);
        const result = await updateSpecs({
          ...(selected ? { apis: selected } : {}),
          ...(options.spec ? { specs: options.spec } : {}),
          ...(options.ignore ? { ignoreFile: options.ignore } : {}),
          ...(options.root ? { cwd: options.root } : {}),
          dryRun: options.dryRun,
          failOn: options.failOn,
          changeset: options.changeset,
          onProgress: (line) => io.err(`… ${line}\n`),
          onReport: ({ report, update }) => {
            io.out(renderReport(report, "text"));
            io.out(`\n${renderPackageUpdate(update)}`);
            io.out(`Changeset bump: ${update.bump ?? "none"}\n\n`);
          },
        });
        for (const api of result.upToDate) io.out(`${api}: already at the newest spec; nothing to do\n`);
        if (result.applied) {
          for (const { api, to } of result.updates)
            io.out(
              `${api}: updated: specs/sources.json pins sha256 ${to.sha256.slice(0, 12)}…, generated/${api} regenerated\n`,
            );
          for (const file of result.changesets) io.out(`changeset: ${file}\n`);
          io.out(
            "Next: review the changeset, commit specs/sources.json and .changeset/, and release with " +
              "`npm run version-packages`.\n",
          );
        } else if (result.reason && result.updates.length > 0) {
          io.out(`Not applied: ${result.reason}\n`);
        }
        state.exitCode = result.exitCode;
      },
    );
}
