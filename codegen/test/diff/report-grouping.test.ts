// Reports a reviewer can read: a schema's change once, with the operations it reaches; changes of
// one kind at one place as one finding; bounded GitHub annotations with the whole report in the
// job summary.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ANNOTATIONS_PER_LEVEL } from "../../src/diff/render/annotations.js";
import { renderReport } from "../../src/diff/render/index.js";
import { cli } from "../helpers/cli.js";
import type { Json } from "../helpers/specs.js";
import { diffDocuments } from "./fixtures.js";

const OPERATIONS = 15;
const codes = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}${index}`);

/** A spec where `OPERATIONS` operations send a `Bank` enum, and `extra` names more schemas with a field each. */
function bankSpec(banks: readonly string[], extra: readonly string[] = []): Json {
  const paths: Json = {};
  for (let index = 0; index < OPERATIONS; index++) {
    paths[`/payments/${index}`] = {
      post: {
        operationId: `pay${index}`,
        requestBody: {
          content: { "application/json": { schema: { $ref: "#/components/schemas/PayBody" } } },
        },
        responses: { "200": { description: "ok" } },
      },
    };
  }
  const schemas: Json = {
    Bank: { type: "string", enum: banks },
    PayBody: {
      type: "object",
      properties: {
        bank: { $ref: "#/components/schemas/Bank" },
        ...Object.fromEntries(extra.map((name) => [name, { $ref: `#/components/schemas/${name}` }])),
      },
    },
  };
  for (const name of extra) schemas[name] = { type: "object", properties: { field: { type: "string" } } };
  return { openapi: "3.0.3", info: { title: "fixture", version: "1" }, paths, components: { schemas } };
}

describe("a renamed enum's values, used by 15 operations", () => {
  const report = diffDocuments(bankSpec(codes("OLD_", 43)), bankSpec(codes("NEW_", 51)));

  it("is 94 changes in the JSON report, each reaching every operation", () => {
    expect(report.changes).toHaveLength(94);
    expect(
      report.changes.every((change) => change.schema === "Bank" && change.operations.length === OPERATIONS),
    ).toBe(true);
  });

  it("reads as two lines under the schema in the text report", () => {
    const lines = renderReport(report, "text", { verbose: true }).split("\n");
    const start = lines.indexOf(
      `Bank  (used by ${OPERATIONS} operations: POST /payments/0, POST /payments/1, POST /payments/10, +12 more)`,
    );
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start + 1, start + 3)).toEqual([
      '  ✖ BREAKING  request   Bank: 43 enum values removed: "OLD_0", "OLD_1", "OLD_10", "OLD_11", "OLD_12", "OLD_13", … (43)',
      '  ✔ ok        request   Bank: 51 enum values added: "NEW_0", "NEW_1", "NEW_10", "NEW_11", "NEW_12", "NEW_13", … (51)',
    ]);
    expect(lines.filter((line) => line.includes("enum value"))).toHaveLength(2);
  });

  it("is one row per verdict in the Markdown report", () => {
    const markdown = renderReport(report, "markdown");
    expect(markdown.split("\n").filter((line) => line.startsWith("| `Bank`"))).toEqual([
      '| `Bank` | 43 enum values removed: "OLD_0", "OLD_1", "OLD_10", "OLD_11", "OLD_12", "OLD_13", … (43) | request | `POST /payments/0`<br>`POST /payments/1`<br>`POST /payments/10`<br>+12 more |',
      '| `Bank` | 51 enum values added: "NEW_0", "NEW_1", "NEW_10", "NEW_11", "NEW_12", "NEW_13", … (51) | request | `POST /payments/0`<br>`POST /payments/1`<br>`POST /payments/10`<br>+12 more |',
    ]);
  });
});

describe("--format github", () => {
  // 25 schemas lose their field: 25 breaking findings, more than GitHub shows.
  const removedFrom = codes("Part", 25);
  const before = bankSpec(["A"], removedFrom);
  const after = bankSpec(["A"], removedFrom);
  for (const name of removedFrom) after.components.schemas[name] = { type: "object", properties: {} };

  it("annotates the most severe findings, at most ANNOTATIONS_PER_LEVEL of a level, and says how many it left out", () => {
    const lines = renderReport(diffDocuments(before, after), "github").trimEnd().split("\n");
    expect(lines.filter((line) => line.startsWith("::error "))).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(lines.at(-1)).toBe(
      "::notice title=PortOne spec diff::25 breaking, 0 warnings, 0 ok, 0 exempt, 0 unreferenced, 0 documentation (not annotated: 15 more breaking findings; the job summary lists every change)",
    );
  });

  describe("with GITHUB_STEP_SUMMARY set", () => {
    let dir: string | undefined;
    const saved = process.env.GITHUB_STEP_SUMMARY;
    afterEach(async () => {
      if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
      else process.env.GITHUB_STEP_SUMMARY = saved;
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it("appends the whole Markdown report to the job summary, after what earlier steps wrote", async () => {
      dir = await mkdtemp(path.join(tmpdir(), "portone-typed-summary-"));
      const [oldFile, newFile, summary] = ["old.json", "new.json", "summary.md"].map((name) =>
        path.join(dir!, name),
      );
      await writeFile(oldFile!, JSON.stringify(before));
      await writeFile(newFile!, JSON.stringify(after));
      await writeFile(summary!, "earlier step\n");
      process.env.GITHUB_STEP_SUMMARY = summary;
      const { code, out } = await cli("diff", oldFile!, newFile!, "--format", "github");
      expect(code).toBe(1);
      expect(out.split("\n").filter((line) => line.startsWith("::error "))).toHaveLength(
        ANNOTATIONS_PER_LEVEL,
      );
      const written = await readFile(summary!, "utf8");
      expect(written).toMatch(/^earlier step\n## PortOne spec diff: ❌ 25 breaking changes\n/);
      for (const name of removedFrom) expect(written).toContain(`| \`${name}.field\` | property removed |`);
      // Other formats leave the job summary alone.
      await cli("diff", oldFile!, newFile!, "--format", "text");
      expect(await readFile(summary!, "utf8")).toBe(written);
    });
  });
});
