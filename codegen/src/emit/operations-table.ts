import { StructureKind, VariableDeclarationKind } from "./ts-morph.js";
import type { ApiModel, Operation, OperationCall } from "../model/model.js";
import { propertyKey, stringLiteral } from "./escape.js";
import { blockComment, docLines } from "./jsdoc.js";
import { operationColumns, type OperationColumn } from "./operation-columns.js";
import { laidOutObjectMember } from "./laid-out.js";
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

/** A value of the table as source text: JSON, with bare keys where they are identifiers. */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    return `{ ${Object.entries(value)
      .map(([key, inner]) => `${propertyKey(key)}: ${literal(inner)}`)
      .join(", ")} }`;
  }
  return typeof value === "string" ? stringLiteral(value) : String(value);
}

function row(
  operation: Operation,
  call: OperationCall | undefined,
  columns: readonly OperationColumn[],
): string {
  return `{\n${columns.map((column) => `${column.name}: ${literal(column.value(operation, call))},`).join("\n")}\n}`;
}

/** `operations.ts`: operationId → method, path, category and the API's other facts (see operation-columns.ts). */
export function emitOperationsModule(model: ApiModel): ModuleTemplate {
  const columns = operationColumns(model.api);
  const calls = new Map(model.calls.map((call) => [call.operationId, call]));
  // Rows whose every field fits on its line are written as prettier would: the printer writes
  // only their marker, and formatting skips them.
  const laidOut = new Map(
    model.operations.flatMap((operation) => {
      const call = calls.get(operation.operationId);
      const text = laidOutObjectMember(
        operation.operationId,
        docLines(operation.docs),
        columns.map((column) => ({ name: column.name, value: column.value(operation, call) })),
      );
      return text === undefined ? [] : [[operationSubject(operation.operationId), text] as const];
    }),
  );
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
                const subject = operationSubject(operation.operationId);
                writer.writeLine(markerLine(subject));
                if (laidOut.has(subject)) continue;
                const doc = docLines(operation.docs);
                if (doc.length > 0) writer.writeLine(blockComment(doc));
                writer.writeLine(
                  `${propertyKey(operation.operationId)}: ${row(operation, calls.get(operation.operationId), columns)},`,
                );
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
  const fragments = printed.fragments.map((fragment) => ({
    key: fragment.key,
    text: laidOut.get(fragment.key) ?? fragment.text,
  }));
  return {
    name: "operations",
    summary: "The operations table: how to call each operation.",
    sections: [
      {
        kind: "list",
        layout: "members",
        compose: "spread",
        markedText: markFragments(printed.head, fragments, printed.tail, "members"),
        uses: new Map(),
        laidOut: new Set(laidOut.keys()),
        frameUses: [OPERATION_INFO],
      },
    ],
  };
}
