import { describe, expect, it } from "vitest";
import { applyFixups, V1_FIXUPS, V1_OPERATION_RENAMES } from "../../src/model/swagger2/fixups.js";
import type { Json } from "../helpers/specs.js";

const fixup = (id: string) => {
  const found = V1_FIXUPS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no fix-up ${id}`);
  return found;
};

describe("V1 fix-ups", () => {
  it.each([
    {
      id: "scalar-default-as-string",
      given: { type: "boolean", default: "false" },
      want: { type: "boolean", default: false },
    },
    {
      id: "scalar-default-as-string",
      given: { type: "boolean", default: "true" },
      want: { type: "boolean", default: true },
    },
    {
      id: "scalar-default-as-string",
      given: { type: "integer", default: "20" },
      want: { type: "integer", default: 20 },
    },
    {
      id: "scalar-default-as-string",
      given: { type: "number", default: "1.5" },
      want: { type: "number", default: 1.5 },
    },
    {
      id: "scalar-default-as-string",
      given: { type: "integer", default: "many" },
      want: { type: "integer" },
    },
    { id: "scalar-default-as-string", given: { type: "string", default: "false" }, want: null },
    { id: "scalar-default-as-string", given: { type: "integer", default: 20 }, want: null },
    {
      id: "example-as-array-default",
      given: { type: "array", default: "imp_448280090638" },
      want: { type: "array" },
    },
    { id: "example-as-array-default", given: { type: "array", default: ["a"] }, want: null },
    {
      id: "items-as-schema",
      given: { in: "formData", type: "array", schema: { type: "string" } },
      want: { in: "formData", type: "array", items: { type: "string" } },
    },
    { id: "items-as-schema", given: { in: "formData", schema: { $ref: "#/definitions/X" } }, want: null },
    {
      id: "type-name-as-items",
      given: { type: "array", items: "string" },
      want: { type: "array", items: { type: "string" } },
    },
    {
      id: "type-name-as-items",
      given: { type: "array", items: "integer" },
      want: { type: "array", items: { type: "integer" } },
    },
    { id: "type-name-as-items", given: { type: "array", items: "banana" }, want: null },
  ])("$id: $given", ({ id, given, want }) => {
    const node: Json = structuredClone(given);
    expect(fixup(id).fix(node)).toBe(want !== null);
    expect(node).toEqual(want ?? given);
  });

  it("renames a listed duplicate operationId where it stands, and only while it is a duplicate", () => {
    const [rename] = V1_OPERATION_RENAMES;
    if (!rename) throw new Error("no renames listed");
    const spec = (operationId: string): Json => ({
      swagger: "2.0",
      paths: { [rename.path]: { [rename.method]: { operationId, responses: {} } } },
    });
    const duplicated = spec(rename.duplicate);
    expect(applyFixups(duplicated).get("operation-renames")).toHaveLength(1);
    expect(duplicated.paths[rename.path][rename.method].operationId).toBe(rename.rename);

    const fixedUpstream = spec("somethingElse");
    expect(applyFixups(fixedUpstream).get("operation-renames")).toEqual([]);
    expect(fixedUpstream.paths[rename.path][rename.method].operationId).toBe("somethingElse");
  });

  it("says where each fix-up applied, in parameters and in definitions alike", () => {
    const document: Json = {
      swagger: "2.0",
      paths: {
        "/a": {
          get: {
            parameters: [{ name: "limit", in: "query", type: "integer", default: "20" }],
            responses: {},
          },
        },
      },
      definitions: {
        A: {
          properties: {
            flag: { type: "boolean", default: "false" },
            ids: { type: "array", items: "string" },
          },
        },
      },
    };
    const applied = applyFixups(document);
    expect(applied.get("scalar-default-as-string")).toEqual([
      "/definitions/A/properties/flag",
      "/paths/~1a/get/parameters/0",
    ]);
    expect(applied.get("type-name-as-items")).toEqual(["/definitions/A/properties/ids"]);
  });
});
