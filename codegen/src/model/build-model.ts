import { SpecError } from "../errors.js";
import type { LoadedSpec } from "../load/load-spec.js";
import type { SpecWarning } from "../warnings.js";
import { checkAliasCycles } from "./alias-cycles.js";
import { buildBaseDocument } from "./base-document.js";
import { readEntryPoints } from "./entry-points.js";
import { readEnums } from "./enums.js";
import { readErrorUnions } from "./error-unions.js";
import type { ApiModel, ApiName } from "./model.js";
import { readClientGroups } from "./client-groups.js";
import { readOperationCalls } from "./operation-calls.js";
import { readOperations } from "./operations.js";
import { checkExportNames, readSchemas } from "./schemas.js";
import { createSpecContext, isObject, sourceOf, type JsonObject } from "./spec-context.js";
import { scanDocument } from "./spec-scan.js";
import { applyScope, EVERYTHING } from "./scope.js";
import { buildSwagger2Model } from "./swagger2/build-swagger2-model.js";
import { readUnions } from "./unions.js";

/** The `x-portone-*` extensions the V2 generator reads; any other is reported as a warning. */
export const V2_EXTENSIONS: ReadonlySet<string> = new Set([
  "x-portone-categories",
  "x-portone-category",
  "x-portone-description",
  "x-portone-discriminator",
  "x-portone-enum",
  "x-portone-error",
  "x-portone-query-or-body",
  "x-portone-status-code",
  "x-portone-title",
  "x-portone-unstable",
]);

export interface BuiltModel {
  readonly model: ApiModel;
  readonly warnings: readonly SpecWarning[];
}

function checkOpenApi3(file: string, document: JsonObject): void {
  const version = document.openapi;
  if (typeof version === "string" && /^3\.[01]\.\d+$/.test(version)) return;
  const found =
    typeof document.swagger === "string"
      ? { pointer: "/swagger", what: `Swagger ${document.swagger}` }
      : {
          pointer: "/openapi",
          what: version === undefined ? "no openapi version" : `openapi ${JSON.stringify(version)}`,
        };
  throw new SpecError([
    {
      file,
      pointer: found.pointer,
      message:
        `unsupported spec version: ${found.what}; the V2 API is described by an OpenAPI 3.0 or 3.1 document` +
        (typeof document.swagger === "string" ? " (a Swagger 2.0 spec is V1's: --spec v1=…)" : ""),
    },
  ]);
}

/** Reads an OpenAPI 3 document into the model, reporting every problem found at once. */
export function buildOpenApi3Model(
  api: ApiName,
  spec: LoadedSpec,
  include: readonly string[] = EVERYTHING,
): BuiltModel {
  checkOpenApi3(spec.file, spec.document as JsonObject);
  // Scoping removes paths and schemas, so it works on a copy.
  const document =
    include === EVERYTHING ? (spec.document as JsonObject) : structuredClone(spec.document as JsonObject);
  applyScope(document, include, spec.file, "/components/schemas");
  const context = createSpecContext(spec.file, document);
  const warnings = scanDocument(context, V2_EXTENSIONS);
  const components = isObject(document.components) ? document.components : {};
  const rawSchemas = isObject(components.schemas) ? components.schemas : {};

  const operations = readOperations(context);
  const schemas = readSchemas(context, rawSchemas);
  checkAliasCycles(context, rawSchemas);
  const unions = readUnions(context, rawSchemas);
  const enums = readEnums(rawSchemas, context.docs);
  const errorUnions = readErrorUnions(context, operations, unions, rawSchemas);
  const calls = readOperationCalls(context, operations);
  const clientGroups = readClientGroups(context, calls);
  checkExportNames(context, schemas, unions, errorUnions, operations, { calls, clientGroups });
  const entryPoints = readEntryPoints(context, operations, schemas);
  // Problems so far make the base document meaningless; report them before building it.
  context.issues.throwIfAny();
  const baseDocument = buildBaseDocument(context, unions, operations);
  context.issues.throwIfAny();

  return {
    model: {
      api,
      ...sourceOf(spec),
      schemas,
      unions,
      enums,
      errorUnions,
      envelopes: [],
      operations,
      entryPoints,
      calls,
      clientGroups,
      baseDocument,
    },
    warnings,
  };
}

/**
 * The model of one API's spec: V2 is an OpenAPI 3 document, V1 a Swagger 2.0 one. `include`
 * keeps only the paths its globs match (and the schemas they reach).
 */
export async function buildModel(
  api: ApiName,
  spec: LoadedSpec,
  include: readonly string[] = EVERYTHING,
): Promise<BuiltModel> {
  return api === "v1" ? buildSwagger2Model(spec, include) : buildOpenApi3Model(api, spec, include);
}
