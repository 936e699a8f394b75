import { describe, expect, it } from "vitest";
import { SpecError } from "../../src/errors.js";
import { applyOverlay } from "../../src/load/overlay.js";

const overlay = (...actions: unknown[]) => ({
  overlay: "1.0.0",
  info: { title: "t", version: "1" },
  actions,
});

const spec = () => ({
  components: {
    schemas: {
      Body: { type: "object", title: "PG사별 추가 파라미터", properties: { bypass: { type: "object" } } },
      Other: { type: "object", properties: { bypass: { type: "object" } } },
    },
  },
  tags: [{ name: "a" }],
});

describe("applyOverlay (OpenAPI Overlay 1.0)", () => {
  it("merges an update into the target recursively and leaves the input untouched", () => {
    const given = spec();
    const { document, warnings } = applyOverlay(
      given,
      overlay({
        target: "$.components.schemas.Body.properties.bypass",
        update: { properties: { kcpV2: { type: "string" } } },
      }),
      "o.json",
    );
    expect(warnings).toEqual([]);
    expect(document).toMatchObject({
      components: {
        schemas: {
          Body: { properties: { bypass: { type: "object", properties: { kcpV2: { type: "string" } } } } },
        },
      },
    });
    expect(given).toEqual(spec());
  });

  it("appends to an array, applies to every wildcard match and removes", () => {
    const { document } = applyOverlay(
      spec(),
      overlay(
        { target: "$.tags", update: { name: "b" } },
        { target: "$.components.schemas[*].properties['bypass']", update: { description: "d" } },
        { target: "$.components.schemas.Other", remove: true },
      ),
      "o.json",
    );
    const schemas = (document as ReturnType<typeof spec>).components.schemas as Record<string, unknown>;
    expect((document as ReturnType<typeof spec>).tags).toEqual([{ name: "a" }, { name: "b" }]);
    expect(schemas.Body).toMatchObject({ properties: { bypass: { description: "d" } } });
    expect(Object.keys(schemas)).toEqual(["Body"]);
  });

  it("warns, with the action's pointer, about a target the spec no longer has, and adds nothing", () => {
    const { document, warnings } = applyOverlay(
      spec(),
      overlay({ target: "$.components.schemas.Gone.properties.bypass", update: { type: "string" } }),
      "o.json",
    );
    expect(document).toEqual(spec());
    expect(warnings).toEqual([
      {
        file: "o.json",
        pointer: "/actions/0/target",
        message: "$.components.schemas.Gone.properties.bypass matches nothing in the spec",
      },
    ]);
  });

  it("keeps a `__proto__` key of the update an own property, never a prototype", () => {
    const update = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}') as unknown;
    const { document } = applyOverlay(
      spec(),
      overlay({ target: "$.components.schemas.Body", update }),
      "o.json",
    );
    const body = (document as ReturnType<typeof spec>).components.schemas.Body as Record<string, unknown>;
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(Object.hasOwn(body, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    [{ overlay: "2.0.0", actions: [] }, "o.json#/overlay: not an OpenAPI Overlay 1.0 document"],
    [{ overlay: "1.0.0" }, "o.json#/actions: an overlay lists its `actions`"],
    [overlay({ update: {} }), "o.json#/actions/0: an action has a string `target`"],
    [
      overlay({ target: "$..bypass", update: {} }),
      'o.json#/actions/0/target: unsupported JSONPath at "..bypass"',
    ],
    [overlay({ target: "$.a[?(@.x)]", update: {} }), "o.json#/actions/0/target: unsupported JSONPath"],
    [overlay({ target: "components", update: {} }), "o.json#/actions/0/target: a target starts with `$`"],
    [overlay({ target: "$.tags" }), "o.json#/actions/0: an action either updates or removes"],
    [
      overlay({ target: "$.tags", update: {}, remove: true }),
      "o.json#/actions/0: an action either updates or removes",
    ],
    [overlay({ target: "$", remove: true }), "o.json#/actions/0: the whole document cannot be removed"],
  ])("refuses %j with a located error", (given, want) => {
    expect(() => applyOverlay(spec(), given, "o.json")).toThrow(SpecError);
    expect(() => applyOverlay(spec(), given, "o.json")).toThrow(want);
  });
});
