import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SpecError, type SpecIssue } from "../../src/errors.js";
import { generate } from "../../src/generate.js";
import { miniSpec, useTempDirs, type Json } from "../helpers/specs.js";
import { COMPILERS, typecheck } from "../helpers/typecheck.js";

const send = "/paths/~1identity-verifications~1{identityVerificationId}~1send/post";

interface BadCase {
  readonly name: string;
  /** What the spec file holds: a mutation of the mini fixture, or raw text. */
  readonly spec: ((spec: Json) => void) | { readonly text: string; readonly ext?: string };
  readonly want: Partial<Omit<SpecIssue, "message">> & { readonly message: RegExp };
}

const cases: BadCase[] = [
  {
    name: "invalid JSON",
    spec: { text: '{\n  "openapi": "3.0.3",\n  "paths": {,\n}' },
    want: { position: { line: 3, column: 13 }, message: /invalid JSON/ },
  },
  {
    name: "invalid YAML",
    spec: { text: "openapi: 3.0.3\npaths:\n  /a: [unclosed\n", ext: "yaml" },
    want: { message: /invalid YAML/ },
  },
  {
    name: "a Swagger 2.0 document where OpenAPI 3 is expected",
    spec: (spec) => {
      delete spec.openapi;
      spec.swagger = "2.0";
    },
    want: { pointer: "/swagger", message: /unsupported spec version: Swagger 2\.0/ },
  },
  {
    name: "an unsupported OpenAPI version",
    spec: (spec) => {
      spec.openapi = "4.0.0";
    },
    want: { pointer: "/openapi", message: /unsupported spec version: openapi "4\.0\.0"/ },
  },
  {
    name: "a dangling $ref inside an operation",
    spec: (spec) => {
      spec.paths["/identity-verifications/{identityVerificationId}/send"].post.requestBody.content[
        "application/json"
      ].schema.$ref = "#/components/schemas/NoSuchBody";
    },
    want: {
      pointer: `${send}/requestBody/content/application~1json/schema/$ref`,
      operationId: "sendIdentityVerification",
      message: /\$ref "#\/components\/schemas\/NoSuchBody" points nowhere/,
    },
  },
  {
    name: "a dangling $ref inside a schema",
    spec: (spec) => {
      spec.components.schemas.FailedIdentityVerification.properties.failure.$ref =
        "#/components/schemas/Gone";
    },
    want: {
      pointer: "/components/schemas/FailedIdentityVerification/properties/failure/$ref",
      message: /points nowhere/,
    },
  },
  {
    name: "an external $ref",
    spec: (spec) => {
      spec.components.schemas.PageInput.properties.size = { $ref: "other.json#/Size" };
    },
    want: { pointer: "/components/schemas/PageInput/properties/size/$ref", message: /not a local reference/ },
  },
  {
    name: "a discriminator mapping that points nowhere",
    spec: (spec) => {
      spec.components.schemas.IdentityVerification.discriminator.mapping.EXPIRED =
        "#/components/schemas/ExpiredIdentityVerification";
    },
    want: {
      pointer: "/components/schemas/IdentityVerification/discriminator/mapping/EXPIRED",
      message: /mapping "EXPIRED" points nowhere/,
    },
  },
  {
    name: "a discriminator mapping to a schema that is not a case",
    spec: (spec) => {
      spec.components.schemas.IdentityVerification.discriminator.mapping.PAGE =
        "#/components/schemas/PageInput";
    },
    want: {
      pointer: "/components/schemas/IdentityVerification/discriminator/mapping/PAGE",
      message: /not one of the oneOf cases/,
    },
  },
  {
    name: "a duplicate operationId",
    spec: (spec) => {
      spec.paths["/billing-keys/{billingKey}"].delete.operationId = "getIdentityVerification";
    },
    want: {
      pointer: "/paths/~1billing-keys~1{billingKey}/delete/operationId",
      message:
        /duplicate operationId "getIdentityVerification" \(first used at #\/paths\/~1identity-verifications~1\{identityVerificationId\}\/get\)/,
    },
  },
  {
    name: "an operation without operationId",
    spec: (spec) => {
      delete spec.paths["/platform/setting"].get.operationId;
    },
    want: { pointer: "/paths/~1platform~1setting/get", message: /no operationId/ },
  },
  {
    name: "two schemas that would emit the same name",
    spec: (spec) => {
      spec.components.schemas["Page-Input"] = { type: "object" };
      spec.components.schemas["Page_Input"] = { type: "object" };
    },
    want: {
      pointer: "/components/schemas/Page_Input",
      message: /schema "Page_Input" would be exported as Page_Input, which is already schema "Page-Input"/,
    },
  },
  {
    name: "a schema named like a generated error enum",
    spec: (spec) => {
      spec.components.schemas.SendIdentityVerificationErrorType = { type: "string" };
    },
    want: {
      message:
        /would be exported as SendIdentityVerificationErrorType, which is already schema "SendIdentityVerificationErrorType"/,
    },
  },
  {
    name: "a schema named like the output's own exports",
    spec: (spec) => {
      spec.components.schemas.paths = { type: "object" };
    },
    want: {
      pointer: "/components/schemas/paths",
      message: /would be exported as paths, which is already the openapi-typescript `paths` interface/,
    },
  },
  {
    name: "a schema named like a TypeScript type the output refers to",
    spec: (spec) => {
      spec.components.schemas.Record = { type: "object" };
    },
    want: {
      pointer: "/components/schemas/Record",
      message:
        /would be exported as Record, which is already TypeScript's own Record, used by generated code/,
    },
  },
  {
    name: "an error case without x-portone-status-code",
    spec: (spec) => {
      delete spec.components.schemas.ChannelNotFoundError["x-portone-status-code"];
    },
    want: {
      pointer: "/components/schemas/ChannelNotFoundError",
      message: /CHANNEL_NOT_FOUND of SendIdentityVerificationError needs an x-portone-status-code/,
    },
  },
  {
    name: "an error union that is not tagged by type",
    spec: (spec) => {
      spec.paths["/platform/setting"].get["x-portone-error"] = {
        $ref: "#/components/schemas/IdentityVerification",
      };
    },
    want: {
      pointer: "/components/schemas/IdentityVerification",
      message: /must be a oneOf with discriminator "type"/,
    },
  },
  {
    name: "a union case that is not an object",
    spec: (spec) => {
      spec.components.schemas.PlatformPayoutMethodPoint = { type: "string" };
    },
    want: {
      pointer: "/components/schemas/PlatformPayoutMethodPoint",
      message: /not an object schema, so it cannot carry the tag/,
    },
  },
  {
    name: "a document nested deeper than a walk can recurse",
    spec: {
      text: `{"openapi":"3.0.3","components":{"schemas":{"Deep":${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}}}}`,
    },
    want: {
      pointer: `/components/schemas/Deep${"/a".repeat(197)}`,
      message: /^nested more than 200 levels deep \(PortOne's specs nest about 10\)$/,
    },
  },
  {
    name: "a $ref alias cycle of two schemas",
    spec: (spec) => {
      spec.components.schemas.LoopA = { $ref: "#/components/schemas/LoopB" };
      spec.components.schemas.LoopB = { $ref: "#/components/schemas/LoopA" };
    },
    want: {
      pointer: "/components/schemas/LoopA",
      message:
        /^schema "LoopA" is defined as itself through \$ref\/allOf\/oneOf\/anyOf\/items \(LoopA → LoopB → LoopA\); a recursive schema must recurse through an object property$/,
    },
  },
  {
    name: "a schema that is a $ref to itself",
    spec: (spec) => {
      spec.components.schemas.Self = { $ref: "#/components/schemas/Self" };
    },
    want: {
      pointer: "/components/schemas/Self",
      message:
        /^schema "Self" is defined as itself through \$ref\/allOf\/oneOf\/anyOf\/items \(Self → Self\);/,
    },
  },
  {
    name: "an array of itself",
    spec: (spec) => {
      spec.components.schemas.Nested = { type: "array", items: { $ref: "#/components/schemas/Nested" } };
    },
    want: {
      pointer: "/components/schemas/Nested",
      message:
        /^schema "Nested" is defined as itself through \$ref\/allOf\/oneOf\/anyOf\/items \(Nested → Nested\);/,
    },
  },
  {
    name: "an allOf cycle",
    spec: (spec) => {
      spec.components.schemas.Base = { allOf: [{ $ref: "#/components/schemas/Derived" }] };
      spec.components.schemas.Derived = {
        allOf: [
          { $ref: "#/components/schemas/Base" },
          { type: "object", properties: { x: { type: "string" } } },
        ],
      };
    },
    want: {
      pointer: "/components/schemas/Base",
      message:
        /^schema "Base" is defined as itself through \$ref\/allOf\/oneOf\/anyOf\/items \(Base → Derived → Base\);/,
    },
  },
];

describe("bad input", () => {
  const tempDir = useTempDirs();

  it.each(cases)(
    "$name: says what and where, exits with an error, and writes nothing",
    async ({ spec, want }) => {
      const dir = await tempDir();
      const file = path.join(dir, `spec.${"text" in spec ? (spec.ext ?? "json") : "json"}`);
      if ("text" in spec) {
        await writeFile(file, spec.text);
      } else {
        const document = await miniSpec();
        spec(document);
        await writeFile(file, JSON.stringify(document, null, 2));
      }
      const outDir = path.join(dir, "generated");
      await mkdir(path.join(outDir, "v2"), { recursive: true });
      await writeFile(
        path.join(outDir, "v2", "index.ts"),
        "// Generated by portone-typed from a previous spec\n",
      );

      const error = await generate({ specs: { v2: file }, outDir, formatThreads: 0 }).catch(
        (caught: unknown) => caught,
      );

      expect(error).toBeInstanceOf(SpecError);
      const issues = (error as SpecError).issues;
      expect(issues).toContainEqual(
        expect.objectContaining({ ...want, file, message: expect.stringMatching(want.message) }),
      );
      expect((error as SpecError).message).toContain(file);
      expect(await readFile(path.join(outDir, "v2", "index.ts"), "utf8")).toBe(
        "// Generated by portone-typed from a previous spec\n",
      );
      expect(await readdir(outDir)).toEqual(["v2"]);
    },
  );

  it("reports an unreadable file by name", async () => {
    const missing = path.join(await tempDir(), "missing.json");
    await expect(
      generate({ specs: { v2: missing }, outDir: path.join(missing, "..", "out") }),
    ).rejects.toThrow(`${missing}: cannot read spec: no such file`);
  });

  it("reports every problem of a spec at once", async () => {
    const document = await miniSpec();
    for (const { spec } of cases.slice(4, 6)) if (typeof spec === "function") spec(document);
    const error = await generate({
      specs: { v2: await writeSpec(await tempDir(), document) },
      formatThreads: 0,
    }).catch((caught: unknown) => caught);
    expect((error as SpecError).issues).toHaveLength(2);
    expect((error as SpecError).message).toMatch(/^2 problems:\n {2}- /);
  });
});

async function writeSpec(dir: string, document: Json): Promise<string> {
  const file = path.join(dir, "spec.json");
  await writeFile(file, JSON.stringify(document));
  return file;
}

describe("recursive schemas", () => {
  const tempDir = useTempDirs();

  it("recursing through properties, array items and union cases generates code that type-checks", async () => {
    const dir = await tempDir();
    const document = await miniSpec();
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    Object.assign(document.components.schemas, {
      Tree: {
        type: "object",
        properties: { children: { type: "array", items: ref("Tree") }, parent: ref("Tree") },
      },
      Forest: { type: "object", additionalProperties: ref("Forest") },
      Node: { oneOf: [ref("Leaf"), ref("Branch")] },
      Leaf: { type: "object", properties: { value: { type: "string" } } },
      Branch: { type: "object", properties: { left: ref("Node"), right: ref("Node") } },
    });
    const outDir = path.join(dir, "generated");
    await generate({ specs: { v2: await writeSpec(dir, document) }, outDir, formatThreads: 0 });
    expect(await typecheck(path.join(outDir, "v2"), ["**/*.ts"], COMPILERS[0].tsc)).toBe("");
  }, 60_000);
});
