import { describe, expect, it } from "vitest";
import { SpecError, UsageError } from "../../src/errors.js";
import { v1MiniSpec, v1ModelOf, type Json } from "../helpers/specs.js";

const requestOTP = "/paths/~1certifications~1otp~1request/post";

describe("bad V1 input", () => {
  it.each([
    {
      name: "a formData parameter without a type",
      mutate: (spec: Json) => delete spec.paths["/certifications/otp/request"].post.parameters[1].type,
      want: {
        pointer: `${requestOTP}/parameters/1`,
        operationId: "requestOTP",
        message: 'formData parameter "phone" has no type',
      },
    },
    {
      name: "a dangling $ref",
      mutate: (spec: Json) =>
        (spec.definitions.CertificationResponse.allOf[1].properties.response.$ref = "#/definitions/Gone"),
      want: {
        pointer: "/definitions/CertificationResponse/allOf/1/properties/response/$ref",
        message: '$ref "#/definitions/Gone" points nowhere',
      },
    },
    {
      name: "a duplicate operationId the fix-ups do not know",
      mutate: (spec: Json) =>
        (spec.paths["/certifications/{imp_uid}"].delete.operationId = "getCertification"),
      want: {
        pointer: "/paths/~1certifications~1{imp_uid}/delete/operationId",
        operationId: "getCertification",
        message:
          'duplicate operationId "getCertification" (first used at #/paths/~1certifications~1{imp_uid}/get)',
      },
    },
    {
      name: "array items that are not a schema",
      mutate: (spec: Json) => (spec.paths["/payments/{imp_uid}/naver/ship"].post.parameters[1].items = 42),
      want: {
        pointer: "/paths/~1payments~1{imp_uid}~1naver~1ship/post/parameters/1/items",
        operationId: "naverShipProductOrder",
        message: 'array parameter "product_order_id" has items that are not a schema',
      },
    },
    {
      name: "two definitions that would emit the same name (found after conversion, reported in the Swagger file)",
      mutate: (spec: Json) => {
        spec.definitions["Auth-Annotation"] = { properties: {} };
        spec.definitions.Auth_Annotation = { properties: {} };
        spec.paths["/users/getToken"].post.responses["201"] = {
          description: "x",
          schema: { $ref: "#/definitions/Auth-Annotation" },
        };
        spec.paths["/users/getToken"].post.responses["202"] = {
          description: "x",
          schema: { $ref: "#/definitions/Auth_Annotation" },
        };
      },
      want: {
        pointer: "/definitions/Auth_Annotation",
        message: expect.stringContaining("would be exported as Auth_Annotation"),
      },
    },
  ])("$name: says what and where", async ({ mutate, want }) => {
    const spec = await v1MiniSpec();
    mutate(spec);
    const error = await v1ModelOf(spec, ["**"], "v1.json").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).issues).toContainEqual({ file: "v1.json", ...want });
  });

  it("only checks what is generated: a defect outside the included paths does not block them", async () => {
    const spec = await v1MiniSpec();
    delete spec.paths["/payments/{imp_uid}/naver/ship"].post.parameters[1].type;
    delete spec.paths["/payments/{imp_uid}/naver/ship"].post.parameters[1].items;
    await expect(v1ModelOf(spec, ["/certifications/**"])).resolves.toBeDefined();
    await expect(v1ModelOf(spec, ["**"])).rejects.toThrow(
      /formData parameter "product_order_id" has no type/,
    );
  });

  it("refuses an OpenAPI 3 document as V1, and a Swagger document as V2", async () => {
    await expect(v1ModelOf({ openapi: "3.0.3", paths: {} }, ["**"], "x.json")).rejects.toThrow(
      "x.json#/openapi: unsupported spec version: openapi 3.0.3; the V1 API is described by a Swagger 2.0 document",
    );
  });

  it("says which include pattern matches nothing", async () => {
    await expect(
      v1ModelOf(await v1MiniSpec(), ["/certifications/**", "/certification/**"], "v1.json"),
    ).rejects.toThrow(new UsageError('v1.json: include pattern "/certification/**" match no path'));
  });
});
