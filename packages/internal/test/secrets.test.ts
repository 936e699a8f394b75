import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { createSecretScrubber, unsafeSecret } from "../src/index.js";

const SECRET = "s3cr3t+/= &value";

describe("createSecretScrubber", () => {
  it.each([
    ["as is", `Authorization: PortOne ${SECRET}`, "Authorization: PortOne [redacted]"],
    ["URL-encoded", `imp_secret=${encodeURIComponent(SECRET)}`, "imp_secret=[redacted]"],
    ["form-encoded", new URLSearchParams({ imp_secret: SECRET }).toString(), "imp_secret=[redacted]"],
    ["JSON-escaped", JSON.stringify({ secret: `${SECRET}"` }), '{"secret":"[redacted]\\""}'],
    ["absent", "nothing to see", "nothing to see"],
  ])("scrubs a secret %s", (_form, given, want) => {
    expect(createSecretScrubber([SECRET]).text(given)).toBe(want);
  });

  it("scrubs secrets added later, and every string inside a JSON value", () => {
    const scrub = createSecretScrubber([]);
    scrub.add("tok_123");
    const value = { type: "UNAUTHORIZED", nested: [{ message: "Bearer tok_123" }], count: 1 };
    expect(scrub.value(value)).toEqual({
      type: "UNAUTHORIZED",
      nested: [{ message: "Bearer [redacted]" }],
      count: 1,
    });
    const clean = { a: "b" };
    expect(scrub.value(clean)).toBe(clean);
  });

  it("replaces a cause that holds a secret by a scrubbed copy, keeps one that does not", () => {
    const scrub = createSecretScrubber([SECRET]);
    const leaking = new TypeError(`bad header ${SECRET}`);
    const copy = scrub.cause(leaking) as Error;
    expect(copy).not.toBe(leaking);
    expect(copy.name).toBe("TypeError");
    expect(inspect(copy)).not.toContain(SECRET);
    const clean = new Error("fetch failed");
    expect(scrub.cause(clean)).toBe(clean);
  });
});

describe("unsafeSecret", () => {
  it.each(["a\r\nb", "a\nb", "a\u0000b", "a\u007fb"])("refuses %j without quoting it", (value) => {
    const why = unsafeSecret("`secret`", value);
    expect(why).toBe("`secret` holds a line break or control character, so it cannot be sent in a header");
  });
  it("accepts printable text", () => {
    expect(unsafeSecret("`secret`", "sk_live_abc-123+/=")).toBeUndefined();
  });
});
