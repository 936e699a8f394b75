/**
 * The parts of openapi-typescript the generator uses, imported from its modules directly.
 *
 * Its package index also loads redocly for `openapiTS()`'s bundle-and-lint step, which the
 * generator skips (the model validates the spec itself); not loading it saves about 120 ms
 * per run. The package exports every file (`"./*"`) and its version is pinned exactly, so a
 * layout change on an upgrade fails the test suite at this import rather than silently.
 */
import transformSchema from "openapi-typescript/dist/transform/index.mjs";
import transformSchemaObject from "openapi-typescript/dist/transform/schema-object.mjs";
import { createRef, resolveRef, scanDiscriminators } from "openapi-typescript/dist/lib/utils.mjs";
import { oapiRef, tsLiteral, tsUnion } from "openapi-typescript/dist/lib/ts.mjs";

export {
  createRef,
  oapiRef,
  resolveRef,
  scanDiscriminators,
  transformSchema,
  transformSchemaObject,
  tsLiteral,
  tsUnion,
};
export type { GlobalContext, OpenAPI3 } from "openapi-typescript";
