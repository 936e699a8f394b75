import {
  createRef,
  oapiRef,
  resolveRef,
  scanDiscriminators,
  transformSchema,
  tsLiteral,
  tsUnion,
  type GlobalContext,
  type OpenAPI3,
} from "./openapi-typescript.js";
import ts from "typescript";
import { SpecError } from "../errors.js";
import type { ApiModel, DiscriminatedUnion, Operation, StringEnum } from "../model/model.js";
import { docLines, syntheticJsDocText } from "./jsdoc.js";
import {
  markFragments,
  operationSubject,
  pathSubject,
  schemaSubject,
  type ModuleTemplate,
  type Section,
  type SubjectKey,
} from "./sections.js";

export const UNRECOGNIZED_VARIANT = "UnrecognizedVariant";

/** `Case1 | Case2 | UnrecognizedVariant<"tag">`: every union admits the cases PortOne adds later. */
function unionNode(union: DiscriminatedUnion): ts.TypeNode {
  const cases = [...new Set(union.variants.map((variant) => variant.schema))];
  return tsUnion([
    ...cases.map((name) => oapiRef(createRef(["components", "schemas", name]))),
    ts.factory.createTypeReferenceNode(UNRECOGNIZED_VARIANT, [
      ts.factory.createLiteralTypeNode(ts.factory.createStringLiteral(union.tagProperty)),
    ]),
  ]);
}

/** `"A" | "B" | (string & {})`: known values autocomplete, values added later still type-check. */
function openEnumNode(stringEnum: StringEnum): ts.TypeNode {
  const anyString = ts.factory.createIntersectionTypeNode([
    ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
    ts.factory.createTypeLiteralNode([]),
  ]);
  return tsUnion([
    ...stringEnum.values.map((value) => tsLiteral(value.value)),
    ts.factory.createParenthesizedType(anyString),
  ]);
}

/**
 * openapi-typescript's transform with its CLI defaults, except that free-form objects are open.
 * It is called directly rather than through `openapiTS()`, whose first step (redocly's bundle
 * and lint of the whole document) repeats the validation the model has already done and is
 * a third of its time.
 */
function runOpenApiTypescript(model: ApiModel): ts.Node[] {
  const document = model.baseDocument as unknown as OpenAPI3;
  const replacements = new Map<string, ts.TypeNode>();
  for (const union of model.unions)
    replacements.set(createRef(["components", "schemas", union.name]), unionNode(union));
  for (const stringEnum of model.enums) {
    replacements.set(createRef(["components", "schemas", stringEnum.name]), openEnumNode(stringEnum));
  }
  const options = { silent: true };
  const context: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(document, options),
    // Free-form `type: object` (e.g. `bypass`) must accept keys, not become Record<string, never>.
    emptyObjectsUnknown: true,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    redoc: undefined as unknown as GlobalContext["redoc"],
    silent: true,
    transform: (_schema, { path }) => (path === undefined ? undefined : replacements.get(path)),
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => resolveRef(document, $ref, options),
  };
  try {
    return transformSchema(document, context);
  } catch (error) {
    throw new SpecError([
      {
        file: model.file,
        message: `openapi-typescript could not read the spec: ${(error as Error).message}`,
      },
    ]);
  }
}

function memberName(member: ts.TypeElement): string {
  const name = member.name;
  if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)))
    return name.text;
  throw new Error(`internal: unexpected member ${ts.SyntaxKind[member.kind]} in openapi-typescript output`);
}

function setJsDoc(node: ts.Node, lines: readonly string[]): void {
  ts.setSyntheticLeadingComments(
    node,
    lines.length === 0
      ? undefined
      : [
          {
            kind: ts.SyntaxKind.MultiLineCommentTrivia,
            text: syntheticJsDocText(lines),
            pos: -1,
            end: -1,
            hasTrailingNewLine: true,
          },
        ],
  );
}

function typeLiteralMembers(member: ts.TypeElement): readonly ts.TypeElement[] | undefined {
  return ts.isPropertySignature(member) && member.type && ts.isTypeLiteralNode(member.type)
    ? member.type.members
    : undefined;
}

/** The generated schema module: openapi-typescript's `paths`, `components` and `operations`, one fragment per path, schema and operation. */
export function emitSchemaModule(model: ApiModel): ModuleTemplate {
  const nodes = runOpenApiTypescript(model);
  const sourceFile = ts.createSourceFile("schema.ts", "", ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false });
  const print = (node: ts.Node) => printer.printNode(ts.EmitHint.Unspecified, node, sourceFile);
  const operationsById = new Map<string, Operation>(
    model.operations.map((operation) => [operation.operationId, operation]),
  );
  const operationsByPathMethod = new Map(
    model.operations.map((operation) => [`${operation.path} ${operation.method}`, operation]),
  );
  const unionNames = new Set(model.unions.map((union) => union.name));

  const list = (
    head: string,
    members: readonly ts.TypeElement[],
    key: (name: string) => SubjectKey,
    tail: string,
  ) => {
    const uses = new Map<SubjectKey, readonly string[]>();
    const fragments = members.map((member) => {
      const name = memberName(member);
      if (key(name).startsWith("schema:") && unionNames.has(name))
        uses.set(key(name), [UNRECOGNIZED_VARIANT]);
      return { key: key(name), text: print(member) };
    });
    return {
      kind: "list",
      layout: "members",
      markedText: markFragments(head, fragments, tail, "members"),
      uses,
    } as const;
  };

  const sections: Section[] = [];
  for (const node of nodes) {
    if (ts.isInterfaceDeclaration(node) && node.name.text === "paths") {
      for (const pathItem of node.members) {
        for (const method of typeLiteralMembers(pathItem) ?? []) {
          const operation = operationsByPathMethod.get(`${memberName(pathItem)} ${memberName(method)}`);
          if (operation) setJsDoc(method, docLines(operation.docs));
        }
      }
      sections.push(list("export interface paths {", node.members, pathSubject, "}"));
    } else if (ts.isInterfaceDeclaration(node) && node.name.text === "operations") {
      for (const member of node.members) {
        const operation = operationsById.get(memberName(member));
        if (operation) setJsDoc(member, docLines(operation.docs));
      }
      sections.push(list("export interface operations {", node.members, operationSubject, "}"));
    } else if (ts.isInterfaceDeclaration(node) && node.name.text === "components") {
      const [schemas, ...others] = node.members;
      const schemaMembers =
        schemas && memberName(schemas) === "schemas" ? typeLiteralMembers(schemas) : undefined;
      if (schemaMembers === undefined) {
        // No schemas at all (`schemas: never`): nothing for entry points to choose from.
        sections.push({ kind: "static", text: print(node), uses: [] });
        continue;
      }
      const tail = `};\n${others.map(print).join("\n")}\n}`;
      sections.push(list("export interface components {\nschemas: {", schemaMembers, schemaSubject, tail));
    } else {
      sections.push({ kind: "static", text: print(node), uses: [] });
    }
  }
  return {
    name: "schema",
    summary: "Request and response types of every path, in openapi-typescript's shape (for openapi-fetch).",
    sections,
  };
}
