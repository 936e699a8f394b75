// Types for the openapi-typescript modules emit/openapi-typescript.ts imports directly; they
// are the same functions the package index exports (and types).
declare module "openapi-typescript/dist/transform/index.mjs" {
  const transformSchema: typeof import("openapi-typescript").transformSchema;
  export default transformSchema;
}
declare module "openapi-typescript/dist/transform/schema-object.mjs" {
  const transformSchemaObject: typeof import("openapi-typescript").transformSchemaObject;
  export default transformSchemaObject;
}
declare module "openapi-typescript/dist/lib/utils.mjs" {
  export const createRef: typeof import("openapi-typescript").createRef;
  export const resolveRef: typeof import("openapi-typescript").resolveRef;
  export const scanDiscriminators: typeof import("openapi-typescript").scanDiscriminators;
}
declare module "openapi-typescript/dist/lib/ts.mjs" {
  export const oapiRef: typeof import("openapi-typescript").oapiRef;
  export const tsLiteral: typeof import("openapi-typescript").tsLiteral;
  export const tsUnion: typeof import("openapi-typescript").tsUnion;
}
