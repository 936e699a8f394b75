import { SpecError } from "../../errors.js";
import type { LoadedSpec } from "../../load/load-spec.js";
import type { SpecWarning } from "../../warnings.js";
import { buildBaseDocument } from "../base-document.js";
import { V1_DOCS } from "../docs.js";
import { readEntryPoints } from "../entry-points.js";
import type { ApiModel } from "../model.js";
import { readOperations } from "../operations.js";
import { applyScope } from "../scope.js";
import { checkAliasCycles } from "../alias-cycles.js";
import { checkExportNames, readSchemas } from "../schemas.js";
import { createSpecContext, isObject, sourceOf, type JsonObject } from "../spec-context.js";
import { scanDocument } from "../spec-scan.js";
import { convertSwagger2, swagger2PointerOf } from "./convert.js";
import { applyFixups } from "./fixups.js";
import { readEnvelopes, withV1Facts } from "./v1-facts.js";
import { validateSwagger2 } from "./validate.js";

/** The `x-portone-*` extensions the V1 generator reads or knowingly ignores. */
export const V1_EXTENSIONS: ReadonlySet<string> = new Set([
  "x-portone-categories",
  "x-portone-category",
  "x-portone-description",
  "x-portone-enum",
  "x-portone-name",
  "x-portone-per-pg",
  "x-portone-summary",
  "x-portone-supported-pgs",
  "x-portone-supported_pgs",
  "x-portone-unsupported-pgs",
]);

function checkSwagger2(file: string, document: JsonObject): void {
  if (document.swagger === "2.0") return;
  const what =
    typeof document.openapi === "string"
      ? `openapi ${document.openapi}`
      : `swagger ${JSON.stringify(document.swagger)}`;
  throw new SpecError([
    {
      file,
      pointer: typeof document.openapi === "string" ? "/openapi" : "/swagger",
      message: `unsupported spec version: ${what}; the V1 API is described by a Swagger 2.0 document`,
    },
  ]);
}

/**
 * Reads PortOne's V1 Swagger 2.0 document into the model: validated on the original, fixed
 * up (the listed V1 fix-ups), cut to the included paths, converted to OpenAPI 3 with its
 * losses corrected, then read like V2 plus the V1 facts (envelopes, documented failures,
 * supported PGs, content types).
 */
export async function buildSwagger2Model(
  spec: LoadedSpec,
  include: readonly string[],
): Promise<{ model: ApiModel; warnings: readonly SpecWarning[] }> {
  checkSwagger2(spec.file, spec.document as JsonObject);
  // Fix-ups repair values and scoping removes entries; neither moves what stays, so every
  // pointer into `original` is also one into the user's file.
  const original = structuredClone(spec.document as JsonObject);
  applyFixups(original);
  applyScope(original, include, spec.file, "/definitions");
  const check = createSpecContext(spec.file, original, { docs: V1_DOCS });
  const warnings = scanDocument(check, V1_EXTENSIONS);
  validateSwagger2(check);
  readOperations(check);
  check.issues.throwIfAny();

  const converted = await convertSwagger2(original, spec.file);
  const context = createSpecContext(spec.file, converted, {
    docs: V1_DOCS,
    originalPointer: swagger2PointerOf(original, converted),
  });

  const components = isObject(converted.components) ? converted.components : {};
  const rawSchemas = isObject(components.schemas) ? components.schemas : {};
  const { envelopes, bases } = readEnvelopes(rawSchemas);
  const envelopesByName = new Map(envelopes.map((envelope) => [envelope.name, envelope]));
  const paths = converted.paths as Record<string, JsonObject>;
  const operations = readOperations(context).map((operation) =>
    withV1Facts(
      context,
      operation,
      paths[operation.path]?.[operation.method] as JsonObject,
      envelopesByName,
      bases,
    ),
  );
  const schemas = readSchemas(context, rawSchemas);
  checkAliasCycles(context, rawSchemas);
  checkExportNames(context, schemas, [], [], operations);
  const entryPoints = readEntryPoints(context, operations, schemas);
  context.issues.throwIfAny();
  const baseDocument = buildBaseDocument(context, []);
  context.issues.throwIfAny();

  return {
    model: {
      api: "v1",
      ...sourceOf(spec),
      schemas,
      unions: [],
      enums: [],
      errorUnions: [],
      envelopes,
      operations,
      entryPoints,
      calls: [],
      clientGroups: [],
      baseDocument,
    },
    warnings,
  };
}
