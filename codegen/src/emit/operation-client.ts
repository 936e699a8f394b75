import type { InterfaceDeclarationStructure, OptionalKind, PropertySignatureStructure } from "ts-morph";
import type { ApiModel, ClientGroup, InputField, Operation, OperationCall } from "../model/model.js";
import { propertyKey, stringLiteral } from "./escape.js";
import { blockComment, docLines, docText, jsDoc } from "./jsdoc.js";
import {
  groupSubject,
  markFragments,
  operationSubject,
  type ListSection,
  type ModuleTemplate,
  type SubjectKey,
} from "./sections.js";
import { statementSection, type StatementFragment } from "./ts-morph-sections.js";
import { StructureKind } from "./ts-morph.js";

export const PORTONE_CLIENT = "PortOneClient";
export const CALL_OPTIONS = "CallOptions";
export const OPERATION_ERRORS = "OperationErrors";

const operationsRef = (operationId: string) => `operations[${stringLiteral(operationId)}]`;

/** The type of one input field, read from the base types so it can never disagree with them. */
function fieldType(call: OperationCall, operation: Operation, field: InputField): string {
  const wire = stringLiteral(field.wireName);
  const op = operationsRef(call.operationId);
  if (field.place === "path") return `${op}["parameters"]["path"][${wire}]`;
  if (field.place === "query") return `NonNullable<${op}["parameters"]["query"]>[${wire}]`;
  if (call.bodySchema !== undefined)
    return `components["schemas"][${stringLiteral(call.bodySchema)}][${wire}]`;
  if (call.body === "query") {
    const parameter = stringLiteral(operation.queryOrBody?.parameter ?? "");
    return `NonNullable<NonNullable<${op}["parameters"]["query"]>[${parameter}]>[${wire}]`;
  }
  return `NonNullable<${op}["requestBody"]>["content"]["application/json"][${wire}]`;
}

function resultType(call: OperationCall, exportNameOf: ReadonlyMap<string, string>): string {
  switch (call.result.kind) {
    case "schema":
      return exportNameOf.get(call.result.schema) ?? call.result.schema;
    case "inline":
      return `${operationsRef(call.operationId)}["responses"][${stringLiteral(call.result.status)}]["content"]["application/json"]`;
    case "text":
      return "string";
    case "none":
      return "void";
  }
}

function inputFragment(call: OperationCall, operation: Operation): StatementFragment {
  const properties: OptionalKind<PropertySignatureStructure>[] = call.fields.map((field) => ({
    name: propertyKey(field.name),
    isReadonly: true,
    hasQuestionToken: !field.required,
    type: fieldType(call, operation, field),
    docs: jsDoc(
      field.docs,
      field.name === field.wireName ? [] : [`Sent as \`${field.wireName}\` in the ${field.place}.`],
    ),
  }));
  const usesComponents = call.fields.some((field) => field.place === "body" && call.bodySchema !== undefined);
  const usesOperations = call.fields.some(
    (field) => !(field.place === "body" && call.bodySchema !== undefined),
  );
  return {
    key: operationSubject(call.operationId),
    statements: [
      {
        kind: StructureKind.Interface,
        isExported: true,
        name: call.inputName,
        docs: docText(`The input of \`${call.operationId}\`: its path, query and body fields in one object.`),
        properties,
      },
    ],
    uses: [...(usesComponents ? ["components"] : []), ...(usesOperations ? ["operations"] : [])],
  };
}

function groupFragment(
  group: ClientGroup,
  byId: ReadonlyMap<string, { call: OperationCall; operation: Operation }>,
  groupByPath: ReadonlyMap<string, ClientGroup>,
  exportNameOf: ReadonlyMap<string, string>,
): StatementFragment {
  const uses = new Set<string>([CALL_OPTIONS]);
  const methods = group.operationIds.flatMap((operationId) => {
    const entry = byId.get(operationId);
    if (!entry) return [];
    const { call, operation } = entry;
    const result = resultType(call, exportNameOf);
    if (call.result.kind === "schema") uses.add(result);
    if (call.result.kind === "inline") uses.add("operations");
    const errorName =
      operation.errorUnion === undefined
        ? undefined
        : (exportNameOf.get(operation.errorUnion) ?? operation.errorUnion);
    const failure =
      errorName === undefined
        ? `Fails with a \`PortOneError\`.`
        : `Fails with a \`PortOneError\`; \`isPortOneError(error, ${stringLiteral(operationId)})\` types its \`data\` as {@link ${errorName}}.`;
    return [
      {
        name: propertyKey(operationId),
        docs: jsDoc(operation.docs, [failure]),
        parameters: [
          { name: "input", type: call.inputName, hasQuestionToken: call.inputOptional },
          { name: "options", type: CALL_OPTIONS, hasQuestionToken: true },
        ],
        returnType: `Promise<${result}>`,
      },
    ];
  });
  const properties = group.children.map((child) => {
    const childGroup = groupByPath.get([...group.path, child].join("."));
    return {
      name: propertyKey(child),
      isReadonly: true,
      type: childGroup?.interfaceName ?? "never",
      docs: jsDoc(childGroup?.docs ?? {}),
    };
  });
  const statement: InterfaceDeclarationStructure = {
    kind: StructureKind.Interface,
    isExported: true,
    name: group.interfaceName,
    docs: jsDoc(group.docs, [`\`portone.${group.path.join(".")}\``]),
    methods,
    properties,
  };
  return { key: groupSubject(group.path.join(".")), statements: [statement], uses: [...uses] };
}

/** `interface PortOneClient { payment: PaymentClient; … }`: one member per top-level group. */
function rootSection(model: ApiModel): ListSection {
  const roots = model.clientGroups.filter((group) => group.path.length === 1);
  const head = `${blockComment(
    docLines({
      title: "The operation style: PortOne's operations by group, named as PortOne's own SDK names them.",
    }),
  )}\nexport interface ${PORTONE_CLIENT} {`;
  const fragments = roots.map((group) => {
    const doc = docLines(group.docs);
    const member = `readonly ${propertyKey(group.path[0] ?? "")}: ${group.interfaceName};`;
    return {
      key: groupSubject(group.path.join(".")),
      text: doc.length === 0 ? member : `${blockComment(doc)}\n${member}`,
    };
  });
  return {
    kind: "list",
    layout: "members",
    compose: "extends",
    markedText: markFragments(head, fragments, "}", "members"),
    uses: new Map(),
  };
}

/** `interface OperationErrors { getPayment: GetPaymentError; … }`: what `isPortOneError` narrows `data` to. */
function errorsSection(model: ApiModel, exportNameOf: ReadonlyMap<string, string>): ListSection {
  const head = `${blockComment(
    docLines({
      title:
        "Each operation's error union by operationId: what `isPortOneError(error, operation)` types `data` as.",
    }),
  )}\nexport interface ${OPERATION_ERRORS} {`;
  const uses = new Map<SubjectKey, readonly string[]>();
  const fragments = model.operations.map((operation) => {
    const key = operationSubject(operation.operationId);
    const name =
      operation.errorUnion === undefined
        ? "unknown"
        : (exportNameOf.get(operation.errorUnion) ?? operation.errorUnion);
    if (operation.errorUnion !== undefined) uses.set(key, [name]);
    return { key, text: `readonly ${propertyKey(operation.operationId)}: ${name};` };
  });
  return {
    kind: "list",
    layout: "members",
    compose: "extends",
    markedText: markFragments(head, fragments, "}", "members"),
    uses,
  };
}

/**
 * `client.ts`: the operation style's types. Per operation its flat input; per group an
 * interface of its methods (payload in, payload out, `PortOneError` on failure) and its child
 * groups; and `PortOneClient`, the root. The runtime builds the same tree from `operationTable`.
 */
export function emitOperationClientModule(model: ApiModel): ModuleTemplate {
  const operations = new Map(model.operations.map((operation) => [operation.operationId, operation]));
  const byId = new Map(
    model.calls.flatMap((call) => {
      const operation = operations.get(call.operationId);
      return operation ? [[call.operationId, { call, operation }] as const] : [];
    }),
  );
  const exportNameOf = new Map(model.schemas.map((schema) => [schema.name, schema.exportName]));
  const groupByPath = new Map(model.clientGroups.map((group) => [group.path.join("."), group]));
  return {
    name: "client",
    summary: "The operation style: a flat input per operation, an interface per group.",
    sections: [
      statementSection([...byId.values()].map(({ call, operation }) => inputFragment(call, operation))),
      statementSection(
        model.clientGroups.map((group) => groupFragment(group, byId, groupByPath, exportNameOf)),
      ),
      rootSection(model),
      errorsSection(model, exportNameOf),
    ],
  };
}
