/**
 * Every TypeScript name the generator exports is derived here, so the collision check and
 * the emitters can never disagree about what a schema turns into.
 */

const RESERVED_WORDS = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "implements interface let package private protected public static yield await " +
    "any bigint boolean never number object string symbol undefined unknown"
  ).split(" "),
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name) && !RESERVED_WORDS.has(name);
}

/** The exported name of a schema: its own key, made into an identifier when it is not one. */
export function exportNameOfSchema(schemaName: string): string {
  if (isIdentifier(schemaName)) return schemaName;
  let name = schemaName.replace(/[^A-Za-z0-9_$]/g, "_");
  if (!/^[A-Za-z_$]/.test(name)) name = `_${name}`;
  return RESERVED_WORDS.has(name) ? `${name}_` : name;
}

/** `confirmOTP` → `ConfirmOTP`, `prepare_update` → `PrepareUpdate`. */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== "")
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join("");
}

export const failureStatusConstName = (operationId: string): string =>
  `${pascalCase(operationId)}ErrorStatus`;
export const unrecognizedGuardName = (unionExportName: string): string => `isUnrecognized${unionExportName}`;
export const errorTypeConstName = (unionExportName: string): string => `${unionExportName}Type`;
export const errorStatusConstName = (unionExportName: string): string => `${unionExportName}Status`;

/** Names the output defines itself, whatever the spec holds. */
export const RESERVED_EXPORTS = {
  paths: "the openapi-typescript `paths` interface",
  webhooks: "the openapi-typescript `webhooks` type",
  components: "the openapi-typescript `components` interface",
  $defs: "the openapi-typescript `$defs` type",
  operations: "the openapi-typescript `operations` interface",
  operationTable: "the operations table",
  OperationId: "the operation id type",
  OperationInfo: "the operations table row type",
  Unrecognized: "the unrecognized-tag marker type",
  Envelope: "the V1 response envelope type",
  Payloads: "the V1 payload table",
  PayloadOf: "the V1 payload type",
  UnrecognizedVariant: "the unrecognized union case type",
} as const;

/** A property key as written in generated code: bare when it is an identifier, quoted otherwise. */
export function propertyKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
}

/** `object.key` when the key is an identifier, `object["key"]` otherwise. */
export function propertyAccess(object: string, key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${object}.${key}` : `${object}[${JSON.stringify(key)}]`;
}
