import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { loadSpec } from "../../src/load/load-spec.js";
import { buildModel } from "../../src/model/build-model.js";
import type { ApiModel } from "../../src/model/model.js";
import { wholeModule } from "../helpers/output.js";
import { REAL_V1_SPEC } from "../helpers/paths.js";
import type { Json } from "../helpers/specs.js";
import { COMPILERS, typecheck } from "../helpers/typecheck.js";

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch"]);

describe("the real V1 spec", () => {
  let original: Json;
  let everything: ApiModel;
  let outDir: string;

  beforeAll(async () => {
    const spec = await loadSpec(REAL_V1_SPEC, { cwd: "/", fetch }).catch(() => {
      throw new Error(`${REAL_V1_SPEC} is missing: run \`pnpm pull-specs\` (or \`npm run setup\`) first`);
    });
    original = JSON.parse(await readFile(REAL_V1_SPEC, "utf8")) as Json;
    everything = (await buildModel("v1", spec, ["**"])).model;
    outDir = await mkdtemp(path.join(tmpdir(), "portone-typed-real-v1-"));
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it("brings every formData parameter of all 66 paths into the body with its name, type and required-ness", () => {
    const paths = (everything.baseDocument as Json).paths as Json;
    let checked = 0;
    const fieldsSeen = new Set<string>();
    expect(Object.keys(original.paths)).toHaveLength(66);
    for (const [pathName, item] of Object.entries(original.paths as Json)) {
      for (const [method, operation] of Object.entries(item as Json)) {
        if (!METHODS.has(method)) continue;
        const fields = ((operation as Json).parameters ?? []).filter(
          (parameter: Json) => parameter.in === "formData",
        );
        if (fields.length === 0) continue;
        const content = paths[pathName][method].requestBody?.content as Json | undefined;
        const where = `${method} ${pathName}`;
        expect(content, where).toBeDefined();
        const consumes: string[] = (operation as Json).consumes ?? [];
        expect(Object.keys(content ?? {}).sort(), where).toEqual(
          consumes.length > 0
            ? [...consumes].sort()
            : ["application/json", "application/x-www-form-urlencoded"],
        );
        for (const [contentType, media] of Object.entries(content ?? {})) {
          const schema = (media as Json).schema as Json;
          for (const field of fields) {
            const property = schema.properties?.[field.name];
            const at = `${where} ${contentType} ${field.name}`;
            expect(property, at).toBeDefined();
            if (field.type !== undefined) expect(property.type, at).toBe(field.type);
            else
              expect(property.$ref, at).toBe(
                String(field.schema.$ref).replace("#/definitions/", "#/components/schemas/"),
              );
            expect((schema.required ?? []).includes(field.name), at).toBe(field.required === true);
            fieldsSeen.add(`${where} ${field.name}`);
            checked++;
          }
        }
      }
    }
    // The spec has 292 formData parameters; most operations accept JSON and a form alike.
    expect(fieldsSeen.size).toBe(292);
    expect(checked).toBe(556);
  });

  it("applies the listed fix-ups where the spec needs them", () => {
    const requestOTP = everything.operations.find((operation) => operation.operationId === "requestOTP");
    const paths = (everything.baseDocument as Json).paths as Json;
    const body = paths[requestOTP?.path ?? ""].post.requestBody.content["application/json"].schema;
    expect(body.properties.is_mvno.default).toBe(false);
    expect(body.properties.pg.deprecated).toBe(true);
    const naver =
      paths["/payments/{imp_uid}/naver/cancel"].post.requestBody.content["application/json"].schema;
    expect(naver.properties.product_order_id.items).toEqual({ type: "string" });
    const ids = everything.operations.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(["naverShipExchangedProductOrder", "findPaymentSchedulesByCustomer"]),
    );
    expect(
      everything.operations.find((operation) => operation.operationId === "getPaymentByMerchantUid")
        ?.optionalPathParameters,
    ).toEqual(["payment_status"]);
  });

  it("generates all of it; the default scope (the token and certification operations) twice gives the same bytes", async () => {
    const all = await generate({
      specs: { v1: REAL_V1_SPEC },
      include: { v1: ["**"] },
      outDir: path.join(outDir, "all"),
    });
    expect(all.apis[0]?.warnings).toEqual([]);
    const scoped = await generate({ specs: { v1: REAL_V1_SPEC }, outDir: path.join(outDir, "default") });
    const again = await generate({ specs: { v1: REAL_V1_SPEC }, outDir: path.join(outDir, "again") });
    expect(again.apis[0]?.files).toEqual(scoped.apis[0]?.files);
    const table = wholeModule(scoped.apis[0]?.files ?? [], "operations.ts");
    expect([...table.matchAll(/^ {2}(\w+): \{$/gm)].map((match) => match[1])).toEqual([
      "getToken",
      "getCertification",
      "deleteCertification",
      "requestOTP",
      "confirmOTP",
    ]);
  });

  it.each(COMPILERS)("type-checks, all 66 paths, under strict with $compiler", async ({ tsc }) => {
    expect(await typecheck(path.join(outDir, "all"), ["v1/**/*.ts"], tsc)).toBe("");
  });
});
