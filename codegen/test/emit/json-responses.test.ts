import ts from "typescript";
import { describe, expect, it } from "vitest";
import { withJsonResponses } from "../../src/emit/json-responses.js";

function printed(nodes: readonly ts.Node[], file: ts.SourceFile): string {
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
  const text = nodes.map((node) => printer.printNode(ts.EmitHint.Unspecified, node, file)).join("\n");
  return text.replace(/\s+/g, " ").trim();
}

const parsed = (source: string) =>
  ts.createSourceFile("schema.ts", source, ts.ScriptTarget.ESNext, true, ts.ScriptKind.TS);

/** Runs the rewrite on declarations written as source, and prints what it returns. */
function rewrite(source: string): { text: string; operationIds: string[] } {
  const file = parsed(source);
  const { nodes, operationIds } = withJsonResponses([...file.statements]);
  return { text: printed(nodes, file), operationIds: [...operationIds].sort() };
}

/** The declarations printed as they are. */
function unchanged(source: string): string {
  const file = parsed(source);
  return printed(file.statements, file);
}

const jsonBlock = (body: string) =>
  `{ headers: { [name: string]: unknown; }; content: { "application/json": ${body}; }; }`;

describe("withJsonResponses", () => {
  it("writes a response with only a JSON body as JsonResponse<Body>, keeping the status's doc comment", () => {
    const given = `export interface operations {
      getPayment: {
        parameters: { query?: never; };
        responses: {
          200: ${jsonBlock(`components["schemas"]["Payment"]`)};
          /** @description * \`PaymentNotFoundError\` */
          404: ${jsonBlock(`components["schemas"]["GetPaymentError"]`)};
        };
      };
    }`;
    expect(rewrite(given)).toEqual({
      text:
        'export interface operations { getPayment: { parameters: { query?: never; }; responses: { 200: JsonResponse<components["schemas"]["Payment"]>; ' +
        '/** @description * `PaymentNotFoundError` */ 404: JsonResponse<components["schemas"]["GetPaymentError"]>; }; }; }',
      operationIds: ["getPayment"],
    });
  });

  it.each([
    [
      "declared headers",
      `{ headers: { "X-Id": string; [name: string]: unknown; }; content: { "application/json": Foo; }; }`,
    ],
    ["another media type", `{ headers: { [name: string]: unknown; }; content: { "text/csv": string; }; }`],
    [
      "two media types",
      `{ headers: { [name: string]: unknown; }; content: { "application/json": Foo; "text/csv": string; }; }`,
    ],
    ["no body", `{ headers: { [name: string]: unknown; }; content?: never; }`],
    [
      "an optional body",
      `{ headers: { [name: string]: unknown; }; content: { "application/json"?: Foo; }; }`,
    ],
    [
      "a readonly body",
      `{ headers: { [name: string]: unknown; }; content: { readonly "application/json": Foo; }; }`,
    ],
    [
      "headers of another type",
      `{ headers: { [name: string]: string; }; content: { "application/json": Foo; }; }`,
    ],
    [
      "a third member",
      `{ headers: { [name: string]: unknown; }; content: { "application/json": Foo; }; links: never; }`,
    ],
  ])("leaves a response with %s as it is", (_, response) => {
    const given = `export interface operations { op: { responses: { 200: ${response}; }; }; }`;
    const result = rewrite(given);
    expect(result).toEqual({ text: unchanged(given), operationIds: [] });
  });

  it("touches only the members of `operations`", () => {
    const given = `export interface paths { "/x": { get: { responses: { 200: ${jsonBlock("Foo")}; }; }; }; }
      export interface operations { a: { responses: { 200: ${jsonBlock("Foo")}; }; }; b: { responses: { 204: { headers: { [name: string]: unknown; }; content?: never; }; }; }; }`;
    const { text, operationIds } = rewrite(given);
    expect(operationIds).toEqual(["a"]);
    expect(text.match(/JsonResponse</g)).toHaveLength(1);
    expect(text).toContain(`export interface paths { "/x": { get: { responses: { 200: { headers:`);
  });
});
