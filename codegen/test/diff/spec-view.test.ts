import { describe, expect, it } from "vitest";
import { specView } from "../../src/diff/spec-view.js";
import { loaded } from "../helpers/specs.js";
import { v1Spec } from "./fixtures.js";

describe("specView", () => {
  it("merges path-level parameters under the operation's own, pointing at where each is written", () => {
    const view = specView(
      loaded({
        openapi: "3.0.3",
        info: { title: "t", version: "1" },
        paths: {
          "/stores/{storeId}": {
            parameters: [
              { name: "storeId", in: "path", required: true, schema: { type: "string" } },
              { name: "lang", in: "query", schema: { type: "string" } },
            ],
            get: {
              parameters: [{ $ref: "#/components/parameters/Lang" }],
              responses: {},
            },
          },
        },
        components: {
          parameters: { Lang: { name: "lang", in: "query", required: true, schema: { type: "string" } } },
        },
      }),
    );
    const operation = view.operations.get("GET /stores/{storeId}");
    expect(
      operation?.parameters.map((parameter) => [
        parameter.in,
        parameter.name,
        parameter.required,
        parameter.pointer,
      ]),
    ).toEqual([
      ["path", "storeId", true, "/paths/~1stores~1{storeId}/parameters/0"],
      ["query", "lang", true, "/paths/~1stores~1{storeId}/get/parameters/0"],
    ]);
  });

  it("reads a Swagger 2.0 body parameter as the request body, in every media type the operation consumes", () => {
    const spec = v1Spec([
      { name: "phone", in: "formData", type: "string" },
      { name: "body", in: "body", required: true, schema: { type: "object" } },
    ]);
    const operation = specView(loaded(spec)).operations.get("POST /certifications/otp/request");
    expect(operation?.parameters.map((parameter) => parameter.name)).toEqual(["phone"]);
    expect(operation?.requestBody).toEqual({
      required: true,
      content: {
        "application/x-www-form-urlencoded": {
          schema: { type: "object" },
          pointer: "/paths/~1certifications~1otp~1request/post/parameters/1/schema",
        },
      },
    });
    expect(operation?.responses["200"]).toEqual({
      "application/json": {
        schema: { type: "object" },
        pointer: "/paths/~1certifications~1otp~1request/post/responses/200/schema",
      },
    });
  });
});
