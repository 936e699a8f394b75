import {
  createRef,
  resolveRef,
  scanDiscriminators,
  transformSchema,
  transformSchemaObject,
  tsLiteral,
  tsUnion,
  type GlobalContext,
  type OpenAPI3,
} from "./openapi-typescript.js";
import ts from "typescript";
import { SpecError } from "../errors.js";
import type { ApiModel, Envelope, Operation, StringEnum } from "../model/model.js";
import { literalPattern } from "../model/string-patterns.js";
import { docLines, syntheticJsDocText } from "./jsdoc.js";
import { JSON_RESPONSE, withJsonResponses } from "./json-responses.js";
import { laidOutMember } from "./laid-out-members.js";
import { namedReferences, type NamedReferences } from "./named-references.js";
import {
  markFragments,
  operationSubject,
  pathSubject,
  schemaSubject,
  type Composition,
  type ModuleTemplate,
  type Section,
  type SubjectKey,
} from "./sections.js";

export const UNRECOGNIZED_VARIANT = "UnrecognizedVariant";
export const OPEN_UNION = "OpenUnion";
export const ENVELOPE = "Envelope";

/**
 * `Envelope<Payload>` for a V1 response schema `allOf: [{ code, message }, { response }]`: the
 * envelope's facts (PortOne always sends `code`; `message` is null on success) in one type a
 * client can unwrap, instead of openapi-typescript's intersection of optional properties.
 */
function envelopeNode(envelope: Envelope, context: GlobalContext): ts.TypeNode {
  const payload =
    envelope.payload === undefined
      ? ts.factory.createLiteralTypeNode(ts.factory.createNull())
      : transformSchemaObject(envelope.payload as Parameters<typeof transformSchemaObject>[0], {
          path: `${createRef(["components", "schemas", envelope.name])}/allOf/1/properties/response`,
          ctx: context,
        });
  return ts.factory.createTypeReferenceNode(ENVELOPE, [payload]);
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
 * A string whose `pattern` is a plain literal as the template literal type it means
 * (`${string}[000000]${string}`). The TypeScript printer escapes the text for its context.
 */
function literalPatternNode(schema: unknown): ts.TypeNode | undefined {
  const { type, pattern, format, enum: values } = schema as Record<string, unknown>;
  if (type !== "string" || typeof pattern !== "string" || format !== undefined || values !== undefined)
    return undefined;
  const literal = literalPattern(pattern);
  if (literal === undefined) return undefined;
  if (!literal.anyBefore && !literal.anyAfter) return tsLiteral(literal.literal);
  const anyString = () => ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword);
  const spans = literal.anyBefore
    ? {
        head: "",
        spans: [
          ts.factory.createTemplateLiteralTypeSpan(
            anyString(),
            literal.anyAfter
              ? ts.factory.createTemplateMiddle(literal.literal)
              : ts.factory.createTemplateTail(literal.literal),
          ),
          ...(literal.anyAfter
            ? [ts.factory.createTemplateLiteralTypeSpan(anyString(), ts.factory.createTemplateTail(""))]
            : []),
        ],
      }
    : {
        head: literal.literal,
        spans: [ts.factory.createTemplateLiteralTypeSpan(anyString(), ts.factory.createTemplateTail(""))],
      };
  return ts.factory.createTemplateLiteralType(ts.factory.createTemplateHead(spans.head), spans.spans);
}

/**
 * openapi-typescript's transform with its CLI defaults, except that free-form objects are open.
 * It is called directly rather than through `openapiTS()`, whose first step (redocly's bundle
 * and lint of the whole document) repeats the validation the model has already done and is
 * a third of its time.
 */
function runOpenApiTypescript(model: ApiModel, references: NamedReferences): ts.Node[] {
  const document = model.baseDocument as unknown as OpenAPI3;
  const replacements = new Map<string, (context: GlobalContext) => ts.TypeNode>();
  const schemaPath = (name: string) => createRef(["components", "schemas", name]);
  // A union is its name: `types.ts` declares it (`OpenUnion<"tag", Case1 | Case2>`), once.
  for (const union of model.unions)
    replacements.set(schemaPath(union.name), () => references.reference(union.name));
  for (const stringEnum of model.enums)
    replacements.set(schemaPath(stringEnum.name), () => openEnumNode(stringEnum));
  for (const envelope of model.envelopes) {
    replacements.set(schemaPath(envelope.name), (context) => envelopeNode(envelope, context));
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
    transform: (schema, { path, ctx }) =>
      (path === undefined ? undefined : replacements.get(path)?.(ctx)) ?? literalPatternNode(schema),
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

/**
 * openapi-typescript makes every path parameter required (OpenAPI 3 says they are); V1 has
 * optional trailing segments (`payment_status`), which the model keeps and this restores.
 */
function optionalPathParameters(nodes: ts.Node[], model: ApiModel): ts.Node[] {
  const optional = new Map(
    model.operations.map((operation) => [
      operation.operationId,
      new Set(operation.optionalPathParameters ?? []),
    ]),
  );
  if (![...optional.values()].some((names) => names.size > 0)) return nodes;
  const result = ts.transform(nodes, [
    (context) => (root) => {
      const within =
        (names: ReadonlySet<string>, depth: string[]): ts.Visitor =>
        (node) => {
          if (
            ts.isPropertySignature(node) &&
            depth.join("/") === "parameters/path" &&
            names.has(memberName(node))
          ) {
            return ts.factory.updatePropertySignature(
              node,
              node.modifiers,
              node.name,
              ts.factory.createToken(ts.SyntaxKind.QuestionToken),
              node.type,
            );
          }
          const next = ts.isPropertySignature(node) ? [...depth, memberName(node)] : depth;
          return ts.visitEachChild(node, within(names, next), context);
        };
      if (!ts.isInterfaceDeclaration(root) || root.name.text !== "operations") return root;
      return ts.visitEachChild(
        root,
        (member) => {
          const names = ts.isPropertySignature(member) ? optional.get(memberName(member)) : undefined;
          return names && names.size > 0 ? ts.visitEachChild(member, within(names, []), context) : member;
        },
        context,
      );
    },
  ]);
  return result.transformed;
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
  const references = namedReferences(model);
  const { nodes, operationIds: jsonResponseUsers } = withJsonResponses(
    references.rewrite(optionalPathParameters(runOpenApiTypescript(model, references), model)),
  );
  const sourceFile = ts.createSourceFile("schema.ts", "", ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false });
  const print = (node: ts.Node) => printer.printNode(ts.EmitHint.Unspecified, node, sourceFile);
  const operationsById = new Map<string, Operation>(
    model.operations.map((operation) => [operation.operationId, operation]),
  );
  const operationsByPathMethod = new Map(
    model.operations.map((operation) => [`${operation.path} ${operation.method}`, operation]),
  );
  // Symbols from shared.ts that a schema's type refers to.
  const sharedUses = new Map<SubjectKey, readonly string[]>([
    ...model.envelopes.map((envelope) => [schemaSubject(envelope.name), [ENVELOPE]] as const),
    ...[...jsonResponseUsers].map((operationId) => [operationSubject(operationId), [JSON_RESPONSE]] as const),
  ]);

  const list = (
    head: string,
    members: readonly ts.TypeElement[],
    key: (name: string) => SubjectKey,
    tail: string,
    compose: Composition,
    indent: string,
  ) => {
    const uses = new Map<SubjectKey, readonly string[]>();
    const laidOut = new Set<SubjectKey>();
    const fragments = members.map((member) => {
      const subject = key(memberName(member));
      const used = [...(sharedUses.get(subject) ?? []), ...references.namesIn(member)];
      if (used.length > 0) uses.set(subject, used);
      const text = laidOutMember(member, indent, print);
      if (text === undefined) return { key: subject, text: print(member) };
      laidOut.add(subject);
      return { key: subject, text };
    });
    return {
      kind: "list",
      layout: "members",
      compose,
      markedText: markFragments(head, fragments, tail, "members"),
      uses,
      laidOut,
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
      sections.push(list("export interface paths {", node.members, pathSubject, "}", "extends", "  "));
    } else if (ts.isInterfaceDeclaration(node) && node.name.text === "operations") {
      for (const member of node.members) {
        const operation = operationsById.get(memberName(member));
        if (operation) setJsDoc(member, docLines(operation.docs));
      }
      sections.push(
        list("export interface operations {", node.members, operationSubject, "}", "extends", "  "),
      );
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
      sections.push(
        list(
          "export interface components {\nschemas: {",
          schemaMembers,
          schemaSubject,
          tail,
          "schemas",
          "    ",
        ),
      );
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
