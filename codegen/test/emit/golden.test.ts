import path from "node:path";
import * as prettier from "prettier";
import { beforeAll, describe, expect, it } from "vitest";
import type { OutputFile } from "../../src/emit/entry-files.js";
import { createFormatter } from "../../src/format/formatter.js";
import { emitApi } from "../../src/generate.js";
import { expectGolden } from "../helpers/golden.js";
import { wholeModule } from "../helpers/output.js";
import { GOLDEN_DIR } from "../helpers/paths.js";
import { miniSpec, modelOf, v1MiniSpec, v1ModelOf } from "../helpers/specs.js";

async function emitMini(): Promise<OutputFile[]> {
  const formatter = createFormatter(0);
  try {
    return await emitApi(modelOf(await miniSpec(), "portone-v2-mini.json").model, formatter);
  } finally {
    await formatter.close();
  }
}

async function emitV1Mini(): Promise<OutputFile[]> {
  const formatter = createFormatter(0);
  try {
    return await emitApi(
      (await v1ModelOf(await v1MiniSpec(), ["**"], "iamport-v1-mini.json")).model,
      formatter,
    );
  } finally {
    await formatter.close();
  }
}

describe("output for the V1 mini fixture", () => {
  let files: OutputFile[];
  beforeAll(async () => {
    files = await emitV1Mini();
  });

  it("matches the golden files", async () => {
    await expectGolden(path.join(GOLDEN_DIR, "iamport-v1-mini"), files);
  });

  it("is what prettier makes of every file", async () => {
    for (const file of files) {
      expect(await prettier.check(file.text, { parser: "typescript" }), file.path).toBe(true);
    }
  });

  it("types the envelope, the payloads and the failure statuses", () => {
    const text = (name: string) => wholeModule(files, name);
    expect(text("schema.ts")).toMatch(/CertificationResponse: Envelope<CertificationAnnotation>;/);
    expect(text("schema.ts")).toMatch(/NaverProductOrderListResponse: Envelope<string\[\]>;/);
    expect(text("schema.ts")).toMatch(/payment_status\?: "ready" \| "paid" \| "cancelled" \| "failed";/);
    expect(text("payloads.ts")).toContain(
      'getPaymentByMerchantUid: components["schemas"]["PaymentAnnotation"][];',
    );
    expect(text("payloads.ts")).toContain("deleteCertification: null;");
    expect(text("errors.ts")).toMatch(/export const ConfirmOTPErrorStatus = \{[^}]*NOT_FOUND: 404,/);
    expect(text("shared.ts")).toContain("export interface Envelope<Payload>");
    expect(text("shared.ts")).not.toContain("Unrecognized");
  });
});

describe("output for the mini fixture", () => {
  let files: OutputFile[];
  beforeAll(async () => {
    files = await emitMini();
  });

  it("matches the golden files", async () => {
    await expectGolden(path.join(GOLDEN_DIR, "portone-v2-mini"), files);
  });

  it("is what prettier makes of every file, entry points assembled from fragments included", async () => {
    for (const file of files) {
      expect(await prettier.check(file.text, { parser: "typescript" }), file.path).toBe(true);
    }
  });

  it("is the same bytes when generated again", async () => {
    expect(await emitMini()).toEqual(files);
  });

  it("lays out a root entry point and one per category, sharing shared.ts", () => {
    expect(files.map((file) => file.path)).toEqual([
      "categories/identityVerification/client.ts",
      "categories/identityVerification/enums.ts",
      "categories/identityVerification/errors.ts",
      "categories/identityVerification/index.ts",
      "categories/identityVerification/operations.ts",
      "categories/identityVerification/schema.ts",
      "categories/identityVerification/types.ts",
      "categories/payment/client.ts",
      "categories/payment/enums.ts",
      "categories/payment/errors.ts",
      "categories/payment/index.ts",
      "categories/payment/operations.ts",
      "categories/payment/schema.ts",
      "categories/payment/types.ts",
      "categories/platform/client.ts",
      "categories/platform/enums.ts",
      "categories/platform/errors.ts",
      "categories/platform/index.ts",
      "categories/platform/operations.ts",
      "categories/platform/schema.ts",
      "categories/platform/types.ts",
      "client.ts",
      "enums.ts",
      "errors.ts",
      "index.ts",
      "operations.ts",
      "schema.ts",
      "shared.ts",
      "types.ts",
    ]);
    const paymentSchema = files.find((file) => file.path === "categories/payment/schema.ts")?.text ?? "";
    expect(paymentSchema).toContain('"/billing-keys/{billingKey}"');
    expect(paymentSchema).not.toContain("IdentityVerification");
    expect(files.find((file) => file.path === "categories/payment/enums.ts")?.text).toMatch(
      /\nexport \{\};\n$/,
    );
  });
});

describe("a path whose operations two categories hold", () => {
  it("makes the root repeat its categories' fragments, since their `paths` cannot both be extended", async () => {
    const spec = await miniSpec();
    const remove = structuredClone(spec.paths["/billing-keys/{billingKey}"].delete);
    spec.paths["/identity-verifications/{identityVerificationId}"].delete = {
      ...remove,
      operationId: "deleteIdentityVerification",
      parameters: [{ ...remove.parameters[0], name: "identityVerificationId" }],
      "x-portone-category": "payment",
    };
    const formatter = createFormatter(0);
    const files = await emitApi(modelOf(spec).model, formatter).finally(() => formatter.close());
    const text = (name: string) => files.find((file) => file.path === name)?.text ?? "";
    expect(text("schema.ts")).not.toContain("extends $");
    expect(text("schema.ts")).toContain("deleteIdentityVerification: {");
    expect(text("types.ts")).not.toContain("export * from");
    // The categories are as ever: each holds the path with its operations.
    for (const category of ["identityVerification", "payment"])
      expect(text(`categories/${category}/schema.ts`)).toContain(
        '"/identity-verifications/{identityVerificationId}": {',
      );
    for (const file of files) {
      expect(await prettier.check(file.text, { parser: "typescript" }), file.path).toBe(true);
    }
  });
});
