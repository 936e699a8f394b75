import path from "node:path";
import { emitSchemaModule } from "./emit/base-types.js";
import { renderApiFiles, type OutputFile } from "./emit/entry-files.js";
import { emitEnumsModule } from "./emit/enums.js";
import { emitErrorsModule } from "./emit/error-enums.js";
import { emitOperationClientModule } from "./emit/operation-client.js";
import { emitOperationsModule } from "./emit/operations-table.js";
import { emitPayloadsModule } from "./emit/payloads.js";
import { emitTypesModule } from "./emit/type-aliases.js";
import { formatTemplates, type FormattedTemplate } from "./format/format-sections.js";
import { createFormatter, type Formatter } from "./format/formatter.js";
import { withOverlays } from "./load/load-overlaid-spec.js";
import { loadSpec } from "./load/load-spec.js";
import { buildModel } from "./model/build-model.js";
import type { ApiModel, ApiName } from "./model/model.js";
import { resolveGenerateOptions, type GenerateOptions } from "./options.js";
import type { SpecWarning } from "./warnings.js";
import { writeTreesAtomically } from "./write/atomic-write.js";
import { checkOutputDirectory } from "./write/output-guard.js";

export interface GeneratedApi {
  readonly api: ApiName;
  /** The directory the API was written to, e.g. `/repo/generated/v2`. */
  readonly dir: string;
  readonly files: readonly OutputFile[];
  readonly warnings: readonly SpecWarning[];
}

export interface GenerateResult {
  readonly outDir: string;
  readonly apis: readonly GeneratedApi[];
}

/** Every file of one API's output, formatted, in memory. */
export async function emitApi(model: ApiModel, formatter: Formatter): Promise<OutputFile[]> {
  const hasFailures = model.operations.some((operation) => (operation.failures ?? []).length > 0);
  const hasPayloads = model.operations.some((operation) => operation.payload !== undefined);
  // A module only where the API has something of its kind: V1 has no enum schemas, V2 no envelopes.
  const emitters = [
    emitSchemaModule,
    emitTypesModule,
    ...(model.enums.length > 0 ? [emitEnumsModule] : []),
    ...(model.errorUnions.length > 0 || hasFailures ? [emitErrorsModule] : []),
    ...(hasPayloads ? [emitPayloadsModule] : []),
    emitOperationsModule,
    ...(model.calls.length > 0 ? [emitOperationClientModule] : []),
  ];
  // Each module goes to the formatter as soon as it is emitted: a worker formats one while
  // this thread emits the next.
  const formatted: Promise<FormattedTemplate[]>[] = [];
  try {
    for (const emit of emitters) formatted.push(formatTemplates([emit(model)], formatter));
  } catch (error) {
    // A spec error found by a later emitter: the modules already sent are not waited for.
    for (const pending of formatted) pending.catch(() => {});
    throw error;
  }
  const templates = (await Promise.all(formatted)).flat();
  return renderApiFiles(model, templates, formatter);
}

/**
 * Reads each spec, builds its model, emits and formats everything in memory, and only then
 * writes all APIs' output at once. Any error leaves the previous output untouched.
 */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const resolved = await resolveGenerateOptions(options);
  // Refused before the work, not only before the write (where writeTreesAtomically checks again).
  await checkOutputDirectory(
    resolved.outDir,
    Object.keys(resolved.specs).map((api) => path.join(resolved.outDir, api)),
  );
  const formatter = createFormatter(resolved.formatThreads);
  try {
    const apis: GeneratedApi[] = [];
    for (const [api, source] of Object.entries(resolved.specs) as [ApiName, string][]) {
      const { spec, warnings: overlayWarnings } = await withOverlays(
        await loadSpec(source, resolved),
        resolved.overlays[api],
        resolved,
      );
      const built = await buildModel(api, spec, resolved.include[api]);
      const { model } = built;
      const warnings = [...overlayWarnings, ...built.warnings];
      warnings.forEach(resolved.onWarning);
      apis.push({
        api,
        dir: path.join(resolved.outDir, api),
        files: await emitApi(model, formatter),
        warnings,
      });
    }
    await writeTreesAtomically(apis);
    return { outDir: resolved.outDir, apis };
  } finally {
    await formatter.close();
  }
}
