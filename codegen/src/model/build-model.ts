import { SpecError } from "../errors.js";
import type { LoadedSpec } from "../load/load-spec.js";
import type { SpecWarning } from "../warnings.js";
import { buildBaseDocument } from "./base-document.js";
import { readEntryPoints } from "./entry-points.js";
import { readEnums } from "./enums.js";
import { readErrorUnions } from "./error-unions.js";
import type { ApiModel, ApiName } from "./model.js";
import { readOperations } from "./operations.js";
import { checkExportNames, readSchemas } from "./schemas.js";
import { createSpecContext, isObject, type JsonObject } from "./spec-context.js";
import { scanDocument } from "./spec-scan.js";
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
      message: `unsupported spec version: ${found.what}; expected an OpenAPI 3.0 or 3.1 document`,
    },
  ]);
}

/** Reads an OpenAPI 3 document into the model, reporting every problem found at once. */
export function buildOpenApi3Model(
  api: ApiName,
  spec: LoadedSpec,
  knownExtensions: ReadonlySet<string>,
): BuiltModel {
  const document = spec.document as JsonObject;
  checkOpenApi3(spec.file, document);
  const context = createSpecContext(spec.file, document);
  const warnings = scanDocument(context, knownExtensions);
  const components = isObject(document.components) ? document.components : {};
  const rawSchemas = isObject(components.schemas) ? components.schemas : {};

  const operations = readOperations(context);
  const schemas = readSchemas(rawSchemas);
  const unions = readUnions(context, rawSchemas);
  const enums = readEnums(rawSchemas);
  const errorUnions = readErrorUnions(context, operations, unions, rawSchemas);
  checkExportNames(context, schemas, unions, errorUnions);
  const entryPoints = readEntryPoints(context, operations, schemas);
  // Problems so far make the base document meaningless; report them before building it.
  context.issues.throwIfAny();
  const baseDocument = buildBaseDocument(context, unions);
  context.issues.throwIfAny();

  const info = isObject(document.info) ? document.info : {};
  return {
    model: {
      api,
      file: spec.file,
      sha256: spec.sha256,
      info: {
        title: typeof info.title === "string" ? info.title : "",
        version: typeof info.version === "string" ? info.version : "",
      },
      schemas,
      unions,
      enums,
      errorUnions,
      operations,
      entryPoints,
      baseDocument,
    },
    warnings,
  };
}

/** The model of one API's spec. */
export function buildModel(api: ApiName, spec: LoadedSpec): BuiltModel {
  return buildOpenApi3Model(api, spec, V2_EXTENSIONS);
}
