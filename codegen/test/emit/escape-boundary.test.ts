import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  blockCommentLines,
  identifier,
  lineCommentText,
  propertyAccess,
  propertyKey,
  stringLiteral,
} from "../../src/emit/escape.js";
import { CODEGEN_DIR } from "../helpers/paths.js";

describe("the escaping functions", () => {
  it.each([
    ["a */ b", ["a *\\/ b"]],
    ["one\ntwo\r\nthree\rfour\u2028five\u2029six", ["one", "two", "three", "four", "five", "six"]],
    ["/* nested */", ["/* nested *\\/"]],
  ])("blockCommentLines(%j)", (given, want) => {
    expect(blockCommentLines(given)).toEqual(want);
  });

  it("lineCommentText leaves no line break", () => {
    expect(lineCommentText("1.0\nrun()\r\u2028\u2029x")).toBe("1.0 run()   x");
  });

  it("stringLiteral round-trips any text and escapes U+2028/U+2029", () => {
    const text = "\"'`${x}\\\n\r\u2028\u2029</script>";
    const literal = stringLiteral(text);
    expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
    expect(JSON.parse(literal)).toBe(text);
  });

  it.each([
    ["plain", "plain"],
    ["__proto__", '["__proto__"]'],
    ["1st", '"1st"'],
    ["a-b", '"a-b"'],
  ])("propertyKey(%j) is %s", (given, want) => {
    expect(propertyKey(given)).toBe(want);
  });

  it("propertyAccess never reads __proto__ as a member", () => {
    expect(propertyAccess("v", "status")).toBe("v.status");
    expect(propertyAccess("v", "__proto__")).toBe('v["__proto__"]');
  });

  it.each([
    ["Foo", "Foo"],
    ["1abc", "_1abc"],
    ["a.b-c", "a_b_c"],
    ["default", "default_"],
    ["*/x", "__x"],
  ])("identifier(%j) is %s", (given, want) => {
    expect(identifier(given)).toBe(want);
  });
});

describe("the emitters", () => {
  it("quote no text themselves: every string literal comes from escape.ts", async () => {
    const dir = path.join(CODEGEN_DIR, "src/emit");
    const offenders: string[] = [];
    for (const file of await readdir(dir)) {
      if (file === "escape.ts" || !file.endsWith(".ts")) continue;
      const text = await readFile(path.join(dir, file), "utf8");
      text.split("\n").forEach((line, index) => {
        if (/JSON\.stringify\(/.test(line)) offenders.push(`${file}:${index + 1}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
