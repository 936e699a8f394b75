import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli.js";
import { useTempDirs, type Json } from "../helpers/specs.js";
import { sharedWithStable, v1Spec, v2Spec } from "./fixtures.js";

const str = { type: "string" };
const thing = (properties: Json, extra: Json = {}) => ({ Thing: { type: "object", properties, ...extra } });

describe("portone-typed diff", () => {
  const tempDir = useTempDirs();

  /** Writes the two documents (or texts) and returns their paths. */
  async function specFiles(before: Json | string, after: Json | string): Promise<[string, string]> {
    const dir = await tempDir();
    const [oldFile, newFile] = [path.join(dir, "old.json"), path.join(dir, "new.json")];
    await writeFile(oldFile, typeof before === "string" ? before : JSON.stringify(before));
    await writeFile(newFile, typeof after === "string" ? after : JSON.stringify(after));
    return [oldFile, newFile];
  }

  const breakingPair = () =>
    specFiles(v2Spec("request", thing({ a: str, b: str })), v2Spec("request", thing({ a: str })));
  const warningPair = () =>
    specFiles(
      v2Spec("request", thing({ on: str })),
      v2Spec("request", thing({ on: { ...str, format: "date" } })),
    );

  describe("exit status", () => {
    it("0 when nothing breaks, 1 when something does", async () => {
      const [oldFile, newFile] = await specFiles(
        v2Spec("request", thing({ a: str })),
        v2Spec("request", thing({ a: str, b: str })),
      );
      expect((await cli("diff", oldFile, newFile)).code).toBe(0);
      const [before, after] = await breakingPair();
      expect((await cli("diff", before, after)).code).toBe(1);
    });

    it("--fail-on warning fails on warnings too; --fail-on never never fails", async () => {
      const [oldFile, newFile] = await warningPair();
      expect((await cli("diff", oldFile, newFile)).code).toBe(0);
      expect((await cli("diff", oldFile, newFile, "--fail-on", "warning")).code).toBe(1);
      const [before, after] = await breakingPair();
      expect((await cli("diff", before, after, "--fail-on", "never")).code).toBe(0);
    });

    it.each([
      [
        "missing files (both named, in order)",
        async () => ["diff", "/nonexistent/old.json", "/nonexistent/new.json"],
        "2 problems:\n  - /nonexistent/old.json: cannot read spec: no such file\n  - /nonexistent/new.json: cannot read spec: no such file",
      ],
      [
        "invalid JSON",
        async () => ["diff", ...(await specFiles('{"openapi": "3.0.3",\n  "paths": {,}}', {}))],
        "invalid JSON",
      ],
      [
        "a document that is not a spec",
        async () => ["diff", ...(await specFiles({ hello: "world" }, { hello: "world" }))],
        "not an OpenAPI 3 or Swagger 2.0 document",
      ],
      [
        "V1 against V2",
        async () => ["diff", ...(await specFiles(v1Spec([]), v2Spec("request", thing({}))))],
        "is OpenAPI 3 (V2) but",
      ],
      [
        "a $ref that points to nothing",
        async () => [
          "diff",
          ...(await specFiles(
            v2Spec("request", thing({ a: str })),
            v2Spec("request", thing({ a: { $ref: "#/components/schemas/Gone" } })),
          )),
        ],
        'new.json#/components/schemas/Thing/properties/a: $ref "#/components/schemas/Gone" points to nothing in this document',
      ],
      [
        "an unknown format",
        async () => ["diff", ...(await breakingPair()), "--format", "yaml"],
        "argument 'yaml' is invalid",
      ],
    ])("2 with a clear message for %s", async (_name, args, message) => {
      const { code, out, err } = await cli(...(await args()));
      expect(code).toBe(2);
      expect(out).toBe("");
      expect(err).toContain(message);
    });

    it("names the line and column of a syntax error", async () => {
      const [oldFile] = await specFiles('{"openapi": "3.0.3",\n  "paths": {,}}', {});
      expect((await cli("diff", oldFile, oldFile)).err).toContain(`${oldFile}:2:`);
    });
  });

  describe("formats", () => {
    it("text: a schema's changes under the schema, with the operations using it and the verdict it has there", async () => {
      // Thing is sent by an unstable operation and a stable one: exempt under the first, breaking under the second.
      const [oldFile, newFile] = await specFiles(
        sharedWithStable(thing({ a: str, b: str })),
        sharedWithStable(thing({ a: str })),
      );
      const { code, out } = await cli("diff", oldFile, newFile);
      expect(code).toBe(1);
      expect(out).toContain("1 breaking, 0 warnings, 0 ok, 0 exempt, 0 unreferenced, 0 documentation");
      expect(out).toContain(
        [
          "Thing  (used by 2 operations: POST /things (exempt there), PUT /stable)",
          "  ✖ BREAKING  request   Thing.b: property removed",
        ].join("\n"),
      );
    });

    it("text: says how many changes it hides", async () => {
      const [oldFile, newFile] = await specFiles(
        v2Spec("response", thing({ a: str })),
        v2Spec("response", thing({ a: str, b: str }, { description: "new" })),
      );
      const { out } = await cli("diff", oldFile, newFile);
      expect(out).toContain("2 changes not shown (ok, documentation); --verbose shows every change.");
      const verbose = await cli("diff", oldFile, newFile, "--verbose");
      expect(verbose.out).toContain("  ✔ ok        response  Thing.b: optional property added");
      expect(verbose.out).toContain("  · docs      response  Thing: documentation changed (description)");
    });

    it("json: the documented shape", async () => {
      const [oldFile, newFile] = await breakingPair();
      const { out } = await cli("diff", oldFile, newFile, "--format", "json", "--old-label", "v2 @ before");
      const report = JSON.parse(out);
      expect(Object.keys(report)).toEqual([
        "schemaVersion",
        "old",
        "new",
        "summary",
        "changes",
        "suppressed",
        "unusedIgnores",
      ]);
      expect(report.schemaVersion).toBe(1);
      expect(report.old).toEqual({
        source: oldFile,
        label: "v2 @ before",
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        dialect: "openapi3",
        version: "1.0.0",
      });
      expect(report.summary).toEqual({
        breaking: 1,
        warning: 0,
        ok: 0,
        exempt: 0,
        unreferenced: 0,
        documentation: 0,
        suppressed: 0,
      });
      expect(report.changes).toEqual([
        {
          id: "property-removed:Thing.b",
          verdict: "breaking",
          kind: "property-removed",
          side: "request",
          location: "Thing.b",
          schema: "Thing",
          message: "property removed",
          clauses: ["P3", "P5"],
          pointers: { old: "/components/schemas/Thing/properties/b" },
          operations: [
            {
              key: "POST /things",
              method: "post",
              path: "/things",
              operationId: "createThing",
              side: "request",
              unstable: false,
              verdict: "breaking",
            },
          ],
          details: { name: "b", required: false },
        },
      ]);
    });

    it("markdown: a pull-request comment", async () => {
      const [oldFile, newFile] = await breakingPair();
      const { out } = await cli(
        "diff",
        oldFile,
        newFile,
        "--format",
        "markdown",
        "--old-label",
        "v2 | old",
        "--new-label",
        "v2 new",
      );
      expect(out).toMatch(/^## PortOne spec diff: ❌ 1 breaking change\n/);
      expect(out).toContain("`v2 | old` → `v2 new`");
      expect(out).toContain(
        "| breaking | warning | ok | exempt | unreferenced | documentation | accepted |\n|---|---|---|---|---|---|---|\n| 1 | 0 | 0 | 0 | 0 | 0 | 0 |",
      );
      expect(out).toContain(
        "### ❌ Breaking (1)\n\n| where | change | side | operations |\n|---|---|---|---|\n| `Thing.b` | property removed | request | `POST /things` |",
      );
    });

    it("github: an error per breaking change, a warning per warning, a notice with the counts", async () => {
      const [oldFile, newFile] = await breakingPair();
      const { out } = await cli("diff", oldFile, newFile, "--format", "github");
      expect(out.split("\n")).toEqual([
        "::error title=PortOne spec%3A breaking property-removed::Thing.b: property removed (POST /things) [property-removed:Thing.b]",
        "::notice title=PortOne spec diff::1 breaking, 0 warnings, 0 ok, 0 exempt, 0 unreferenced, 0 documentation",
        "",
      ]);
      const [before, after] = await warningPair();
      expect((await cli("diff", before, after, "--format", "github")).out).toContain(
        '::warning title=PortOne spec%3A warning format-changed::Thing.on: format "date" added',
      );
    });

    it("escapes what GitHub would read as commands", async () => {
      const [oldFile, newFile] = await specFiles(
        v2Spec("request", thing({ "100%\nx": str })),
        v2Spec("request", thing({})),
      );
      expect((await cli("diff", oldFile, newFile, "--format", "github")).out).toContain(
        "::Thing.100%25%0Ax: property removed",
      );
    });

    it("--output writes the report to a file", async () => {
      const [oldFile, newFile] = await breakingPair();
      const output = path.join(path.dirname(oldFile), "reports", "diff.md");
      const { code, out } = await cli("diff", oldFile, newFile, "--format", "markdown", "--output", output);
      expect([code, out]).toEqual([1, ""]);
      expect(await readFile(output, "utf8")).toMatch(/^## PortOne spec diff/);
    });
  });

  describe("--ignore", () => {
    async function ignoreFile(content: Json | string, name = "ignore.json") {
      const file = path.join(await tempDir(), name);
      await writeFile(file, typeof content === "string" ? content : JSON.stringify(content));
      return file;
    }

    it("accepts known changes, reports them with their reasons, and lists entries that matched nothing", async () => {
      const [oldFile, newFile] = await breakingPair();
      const file = await ignoreFile(
        [
          "ignore:",
          "  - id: property-removed:Thing.b",
          "    reason: b was never sent by anyone",
          "  - kind: enum-value-removed",
          "    reason: stale",
        ].join("\n"),
        "ignore.yaml",
      );
      const { code, out } = await cli("diff", oldFile, newFile, "--ignore", file);
      expect(code).toBe(0);
      expect(out).toContain(
        "0 breaking, 0 warnings, 0 ok, 0 exempt, 0 unreferenced, 0 documentation, 1 accepted by the ignore file",
      );
      expect(out).toContain(
        "Accepted by the ignore file (1):\n  breaking     property-removed:Thing.b\n               reason: b was never sent by anyone",
      );
      expect(out).toContain(
        'Ignore-file entries that matched no change (stale?):\n  #1 {"kind":"enum-value-removed"}: stale',
      );
      const json = JSON.parse(
        (await cli("diff", oldFile, newFile, "--ignore", file, "--format", "json")).out,
      );
      expect(json.suppressed).toMatchObject([
        { id: "property-removed:Thing.b", reason: "b was never sent by anyone" },
      ]);
      expect(json.unusedIgnores).toEqual([
        { index: 1, reason: "stale", matcher: { kind: "enum-value-removed" } },
      ]);
    });

    it("matches by kind, location glob and operation", async () => {
      const [oldFile, newFile] = await breakingPair();
      const matching = await ignoreFile({
        ignore: [
          { kind: "property-removed", location: "Thing.*", operation: "createThing", reason: "agreed" },
        ],
      });
      expect((await cli("diff", oldFile, newFile, "--ignore", matching)).code).toBe(0);
      const otherOperation = await ignoreFile({
        ignore: [{ location: "Thing.*", operation: "GET /health", reason: "agreed" }],
      });
      expect((await cli("diff", oldFile, newFile, "--ignore", otherOperation)).code).toBe(1);
    });

    it("refuses an entry without a reason, naming where it is", async () => {
      const [oldFile, newFile] = await breakingPair();
      const file = await ignoreFile({
        ignore: [{ id: "property-removed:Thing.b" }, { kind: "no-such-kind", reason: "x", extra: 1 }],
      });
      const { code, err } = await cli("diff", oldFile, newFile, "--ignore", file);
      expect(code).toBe(2);
      expect(err).toContain(`${file}#/ignore/0: missing reason: say why this change is accepted`);
      expect(err).toContain(`${file}#/ignore/1/extra: unknown field`);
      expect(err).toContain(`${file}#/ignore/1/kind: unknown change kind "no-such-kind"`);
    });
  });

  describe("specs from URLs", () => {
    let close: (() => void) | undefined;
    afterEach(() => close?.());

    it("diffs specs served over HTTP, and fails with 2 on an HTTP error", async () => {
      const documents: Record<string, Json> = {
        "/old.json": v2Spec("request", thing({ a: str, b: str })),
        "/new.json": v2Spec("request", thing({ a: str })),
      };
      const server = createServer((request, response) => {
        const document = documents[request.url ?? ""];
        response.writeHead(document ? 200 : 404, { "content-type": "application/json" });
        response.end(document ? JSON.stringify(document) : "{}");
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      close = () => server.close();
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const { code, out } = await cli("diff", `${base}/old.json`, `${base}/new.json`, "--format", "json");
      expect(code).toBe(1);
      expect(JSON.parse(out).changes.map((change: Json) => change.id)).toEqual(["property-removed:Thing.b"]);
      const missing = await cli("diff", `${base}/old.json`, `${base}/gone.json`);
      expect(missing.code).toBe(2);
      expect(missing.err).toContain(`${base}/gone.json: cannot download: HTTP 404`);
    });
  });
});
