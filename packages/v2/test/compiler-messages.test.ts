import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const here = path.dirname(fileURLToPath(import.meta.url));

/** `source` compiled as a file of this package's tests with its tsconfig. */
function compiled(source: string): { program: ts.Program; sourceFile: ts.SourceFile } {
  const configFile = path.join(here, "..", "tsconfig.json");
  const config = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  if (!config) throw new Error("no tsconfig");
  const file = path.join(here, "deliberate-mistakes.ts");
  const host = ts.createCompilerHost(config.options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    path.resolve(name) === file ? ts.createSourceFile(name, source, language) : read(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === file || fileExists(name);
  const program = ts.createProgram([file], config.options, host);
  const sourceFile = program.getSourceFile(file);
  if (!sourceFile) throw new Error("the deliberate mistakes were not compiled");
  return { program, sourceFile };
}

/** The compiler's messages for `source`, each its first line. */
function compilerMessages(source: string): string[] {
  const { program, sourceFile } = compiled(source);
  return ts
    .getPreEmitDiagnostics(program, sourceFile)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n").split("\n")[0] ?? "");
}

/** The doc comment an editor shows on hovering the last property access in `source`. */
function documentationOfLastAccess(source: string): string {
  const { program, sourceFile } = compiled(source);
  let last: ts.PropertyAccessExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) last = node;
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  if (!last) throw new Error("no property access");
  const checker = program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(last.name);
  return ts.displayPartsToString(symbol?.getDocumentationComment(checker) ?? []);
}

describe("compiler messages name the types, as PortOne's SDK's do", () => {
  it("says Payment, GetPaymentError and GetPaymentInput, not their structure", () => {
    const messages = compilerMessages(`
      import { isPortOneError, PortOneClient } from "../src/index.js";
      const portone = PortOneClient({ secret: "s" });
      export async function mistakes() {
        const payment: number = await portone.payment.getPayment({ paymentId: "p" });
        await portone.payment.getPayment({ paymentID: "p" });
        try {
          await portone.payment.getPayment({ paymentId: "p" });
        } catch (error) {
          if (isPortOneError(error, "getPayment")) {
            const data: number = error.data!;
            const whole: number = error;
          }
        }
      }
    `);
    expect(messages).toEqual([
      "Type 'Payment' is not assignable to type 'number'.",
      "Object literal may only specify known properties, but 'paymentID' does not exist in type 'GetPaymentInput'. Did you mean to write 'paymentId'?",
      "Type 'GetPaymentError' is not assignable to type 'number'.",
      "Type 'PortOneError<\"getPayment\", GetPaymentError>' is not assignable to type 'number'.",
    ]);
  }, 60_000);

  it("names unions in the path style too, where openapi-typescript's shape would print their structure", () => {
    const messages = compilerMessages(`
      import { PortOneClient } from "../src/index.js";
      const portone = PortOneClient({ secret: "s" });
      export async function mistakes() {
        const { data, error } = await portone.GET("/payments/{paymentId}", {
          params: { path: { paymentId: "p" } },
        });
        const method: number = data!.method!;
        const failure: number = error!;
      }
    `);
    expect(messages[0]).toBe("Type 'PaymentMethod' is not assignable to type 'number'.");
    expect(messages[1]).toMatch(
      /^Type 'ErrorResponse<\{ 200: JsonResponse<Payment>; 400: JsonResponse<GetPaymentError>;/,
    );
    expect(messages).toHaveLength(2);
  }, 60_000);

  it("names an error const by the union it picks from the catalog, and keeps each entry's literal", () => {
    const messages = compilerMessages(`
      import { GetPaymentErrorStatus, GetPaymentErrorType } from "../src/index.js";
      export const unknownType = GetPaymentErrorType.NOPE;
      export const type: "UNAUTHORIZED" = GetPaymentErrorType.FORBIDDEN;
      export const status: 401 = GetPaymentErrorStatus.FORBIDDEN;
      export const tag: GetPaymentErrorType = "NOPE";
    `);
    expect(messages).toEqual([
      "Property 'NOPE' does not exist on type 'ErrorTypes<GetPaymentErrorType>'.",
      `Type '"FORBIDDEN"' is not assignable to type '"UNAUTHORIZED"'.`,
      "Type '403' is not assignable to type '401'.",
      `Type '"NOPE"' is not assignable to type 'GetPaymentErrorType'.`,
    ]);
  }, 60_000);

  it("shows each error type's description on hover, from the catalog the const picks", () => {
    const documentation = documentationOfLastAccess(`
      import { GetPaymentErrorType } from "../src/index.js";
      export const type = GetPaymentErrorType.FORBIDDEN;
    `);
    expect(documentation).toBe("요청이 거절된 경우 (HTTP 403)");
  }, 60_000);

  it("shows a schema several categories hold, read from the root's components, as one type", () => {
    const messages = compilerMessages(`
      import type { components } from "../src/index.js";
      declare const shared: components["schemas"]["InvalidRequestError"];
      export const mistake: number = shared;
    `);
    expect(messages).toEqual([
      `Type '{ type: "INVALID_REQUEST"; message?: string | undefined; }' is not assignable to type 'number'.`,
    ]);
  }, 60_000);
});
