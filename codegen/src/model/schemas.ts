import { escapePointerToken } from "../load/json-pointer.js";
import { docsOf } from "./docs.js";
import type {
  ClientGroup,
  DiscriminatedUnion,
  ErrorUnion,
  Operation,
  OperationCall,
  SchemaInfo,
} from "./model.js";
import {
  failureStatusConstName,
  errorStatusConstName,
  errorTypeConstName,
  exportNameOfSchema,
  RESERVED_EXPORTS,
  unrecognizedGuardName,
} from "./names.js";
import { schemaRefsIn } from "./operations.js";
import { isObject, report, type JsonObject, type SpecContext } from "./spec-context.js";

export function readSchemas(context: SpecContext, schemas: JsonObject): SchemaInfo[] {
  return Object.entries(schemas).map(([name, schema]) => ({
    name,
    exportName: exportNameOfSchema(name),
    docs: isObject(schema) ? docsOf(schema, context.docs) : {},
    refs: [...schemaRefsIn(schema)],
    plainObject:
      isObject(schema) &&
      (schema.type === "object" || isObject(schema.properties)) &&
      !["allOf", "oneOf", "anyOf", "enum", "$ref"].some((key) => key in schema),
  }));
}

/**
 * Reports every pair of things that would be exported under the same TypeScript name: two
 * schemas whose keys become the same identifier, or a schema and a name the generator
 * derives (`<Union>Type`, `isUnrecognized<Union>`, `paths`, …).
 */
export function checkExportNames(
  context: SpecContext,
  schemas: readonly SchemaInfo[],
  unions: readonly DiscriminatedUnion[],
  errorUnions: readonly ErrorUnion[],
  operations: readonly Operation[],
  operationStyle: {
    readonly calls: readonly OperationCall[];
    readonly clientGroups: readonly ClientGroup[];
  } = {
    calls: [],
    clientGroups: [],
  },
): void {
  const owners = new Map<string, string>(Object.entries(RESERVED_EXPORTS));
  const schemaPointer = (name: string) => `/components/schemas/${escapePointerToken(name)}`;
  const exportNameOf = new Map(schemas.map((schema) => [schema.name, schema.exportName]));
  const claim = (exportName: string, owner: string, pointer: string) => {
    const previous = owners.get(exportName);
    if (previous === undefined) {
      owners.set(exportName, owner);
    } else {
      report(context, pointer, `${owner} would be exported as ${exportName}, which is already ${previous}`);
    }
  };
  for (const schema of schemas) {
    claim(schema.exportName, `schema "${schema.name}"`, schemaPointer(schema.name));
  }
  for (const union of unions) {
    const unionName = exportNameOf.get(union.name) ?? union.name;
    claim(
      unrecognizedGuardName(unionName),
      `the type guard of union ${union.name}`,
      schemaPointer(union.name),
    );
  }
  for (const errorUnion of errorUnions) {
    const unionName = exportNameOf.get(errorUnion.name) ?? errorUnion.name;
    claim(
      errorTypeConstName(unionName),
      `the type enum of error union ${errorUnion.name}`,
      schemaPointer(errorUnion.name),
    );
    claim(
      errorStatusConstName(unionName),
      `the status map of error union ${errorUnion.name}`,
      schemaPointer(errorUnion.name),
    );
  }
  for (const operation of operations) {
    if (operation.failures && operation.failures.length > 0) {
      claim(
        failureStatusConstName(operation.operationId),
        `the failure statuses of operation ${operation.operationId}`,
        `/paths/${escapePointerToken(operation.path)}/${operation.method}`,
      );
    }
  }
  const pointerOf = new Map(
    operations.map((operation) => [
      operation.operationId,
      `/paths/${escapePointerToken(operation.path)}/${operation.method}`,
    ]),
  );
  for (const call of operationStyle.calls) {
    claim(
      call.inputName,
      `the input type of operation ${call.operationId}`,
      `${pointerOf.get(call.operationId) ?? ""}/operationId`,
    );
  }
  for (const group of operationStyle.clientGroups) {
    const first = operationStyle.calls.find((call) =>
      group.path.every((segment, index) => call.group[index] === segment),
    )?.operationId;
    claim(
      group.interfaceName,
      `the client interface of group ${group.path.join(".")}`,
      `${first === undefined ? "" : (pointerOf.get(first) ?? "")}/x-portone-category`,
    );
  }
}
