import { StructureKind, VariableDeclarationKind } from "./ts-morph.js";
import type { ApiModel, Operation } from "../model/model.js";
import { propertyKey } from "../model/names.js";
import { blockComment, docLines } from "./jsdoc.js";
import { printStatements } from "./ts-morph-sections.js";
import {
  endMarkerLine,
  markerLine,
  operationSubject,
  splitMarkedText,
  markFragments,
  type ModuleTemplate,
} from "./sections.js";

export const OPERATION_INFO = "OperationInfo";

function row(operation: Operation): string {
  const fields: [string, unknown][] = [
    ["method", operation.method],
    ["path", operation.path],
    ["category", operation.category ?? null],
    ["unstable", operation.unstable],
    ["errorUnion", operation.errorUnion ?? null],
    ["queryOrBody", operation.queryOrBody ?? null],
    ["storeId", operation.storeId ?? null],
  ];
  const value = (field: unknown): string =>
    field !== null && typeof field === "object"
      ? `{ ${Object.entries(field)
          .map(([key, inner]) => `${propertyKey(key)}: ${JSON.stringify(inner)}`)
          .join(", ")} }`
      : JSON.stringify(field);
  return `{\n${fields.map(([key, field]) => `${key}: ${value(field)},`).join("\n")}\n}`;
}

/** `operations.ts`: operationId → method, path, category, unstable, error union, query-or-body and storeId. */
export function emitOperationsModule(model: ApiModel): ModuleTemplate {
  const printed = splitMarkedText(
    printStatements([
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: [{ description: "Every operation by operationId, with the facts a client needs to call it." }],
        declarations: [
          {
            name: "operationTable",
            initializer: (writer) => {
              writer.write("{").newLine();
              for (const operation of model.operations) {
                writer.writeLine(markerLine(operationSubject(operation.operationId)));
                const doc = docLines(operation.docs);
                if (doc.length > 0) writer.writeLine(blockComment(doc));
                writer.writeLine(`${propertyKey(operation.operationId)}: ${row(operation)},`);
              }
              writer.writeLine(endMarkerLine).write(`} as const satisfies Record<string, ${OPERATION_INFO}>`);
            },
          },
        ],
      },
      {
        kind: StructureKind.TypeAlias,
        isExported: true,
        name: "OperationId",
        docs: [{ description: "The operationId of an operation in `operationTable`." }],
        type: "keyof typeof operationTable",
      },
    ]),
  );
  return {
    name: "operations",
    summary: "The operations table: how to call each operation.",
    sections: [
      {
        kind: "list",
        layout: "members",
        markedText: markFragments(printed.head, printed.fragments, printed.tail, "members"),
        uses: new Map(),
        frameUses: [OPERATION_INFO],
      },
    ],
  };
}
