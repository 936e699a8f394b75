import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import * as prettier from "prettier";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { emitSchemaModule } from "../../src/emit/base-types.js";
import { emitEnumsModule } from "../../src/emit/enums.js";
import { emitErrorsModule } from "../../src/emit/error-enums.js";
import { emitOperationsModule } from "../../src/emit/operations-table.js";
import {
  laidOutAlias,
  laidOutConst,
  laidOutExtendingInterface,
  laidOutLiteralUnion,
  laidOutObjectMember,
  laidOutValue,
} from "../../src/emit/laid-out.js";
import { laidOutMember } from "../../src/emit/laid-out-members.js";
import {
  markFragments,
  splitMarkedText,
  type ListSection,
  type SubjectKey,
} from "../../src/emit/sections.js";
import { emitTypesModule } from "../../src/emit/type-aliases.js";
import { formatTemplates } from "../../src/format/format-sections.js";
import { createFormatter, PRETTIER_OPTIONS } from "../../src/format/formatter.js";
import { specFromText } from "../../src/load/load-spec.js";
import { buildModel } from "../../src/model/build-model.js";
import type { ApiName } from "../../src/model/model.js";
import { REAL_V1_SPEC, REAL_V2_SPEC, SPEC_HISTORY_DIR } from "../helpers/paths.js";

const format = async (source: string) => (await prettier.format(source, PRETTIER_OPTIONS)).trimEnd();
const name = (width: number, letter = "N") => letter.repeat(width);

describe("statements laid out as prettier prints them", () => {
  it("lays out a const of strings and numbers, each entry with its doc", async () => {
    const text = laidOutConst(
      "PayMethod",
      ["How a payment is paid."],
      [
        { key: "CARD", value: '"CARD"', doc: ["카드", "", "second line"] },
        { key: "NO", value: "409", doc: [] },
      ],
    );
    expect(text).toBe(
      [
        "/** How a payment is paid. */",
        "export const PayMethod = {",
        "  /**",
        "   * 카드",
        "   *",
        "   * second line",
        "   */",
        '  CARD: "CARD",',
        "  NO: 409,",
        "} as const;",
      ].join("\n"),
    );
    expect(await format(text ?? "")).toBe(text);
  });

  // Key and value widths around 80 columns, and keys around the width prettier never breaks after.
  it.each(
    [1, 4, 5, 6, 30, 37, 38, 39, 40, 76].flatMap((key) =>
      [1, 30, 36, 37, 38, 70].map((value) => [key, value]),
    ),
  )("lays out a %i-column key with a %i-column string as prettier does", async (key, value) => {
    const text = laidOutConst("X", [], [{ key: name(key, "K"), value: `"${name(value, "V")}"`, doc: [] }]);
    expect(text).toBeDefined();
    expect(await format(text ?? "")).toBe(text);
  });

  it.each([1, 40, 58, 59, 60, 61, 62, 100])(
    "lays out aliases and interfaces of %i-column names",
    async (width) => {
      const statements = [
        laidOutAlias(name(width), ["doc"], `components["schemas"]["${name(width)}"]`),
        laidOutAlias(name(width), [], `(typeof ${name(width)})[keyof typeof ${name(width)}]`),
        laidOutExtendingInterface(
          name(width),
          ["a", "b"],
          "NamedSchema",
          `components["schemas"]["${name(width)}"]`,
        ),
      ];
      for (const text of statements) {
        expect(text).toBeDefined();
        expect(await format(text ?? "")).toBe(text);
      }
    },
  );

  // `export const N: ErrorTypes<N> = {` is 79, 80 and 81 columns at 24 and 25; past it the
  // object goes on the next line, and its strings go under their keys 4 columns sooner.
  it.each([1, 24, 25, 40].flatMap((width) => [30, 36, 37, 40].map((value) => [width, value])))(
    "lays out a %i-column const declared with a type, with a %i-column string, as prettier does",
    async (width, value) => {
      const entries = [
        { key: "FORBIDDEN", value: '"FORBIDDEN"', doc: [] },
        { key: name(value, "K"), value: `"${name(value, "K")}"`, doc: ["doc"] },
        { key: "NO", value: "409", doc: [] },
      ];
      const text = laidOutConst(name(width), ["The types."], entries, `ErrorTypes<${name(width)}>`);
      expect(text).toBeDefined();
      expect(await format(text ?? "")).toBe(text);
    },
  );

  it("leaves a const declared with a type prettier could break to prettier", () => {
    const entries = [{ key: "A", value: '"A"', doc: [] }];
    expect(laidOutConst("X", [], entries, "Pick<Catalog, X>")).toBeUndefined();
    expect(laidOutConst("X", [], entries, 'ErrorTypes<"A">')).toBeUndefined();
  });

  // A union that fits on its line, on the next line (76, 77, 78 columns there), or not at all.
  it.each([
    [["A", "B"]],
    [[name(35, "A"), name(36, "B")]],
    [[name(35, "A"), name(37, "B")]],
    [[name(35, "A"), name(38, "B")]],
    [[name(20, "A"), name(20, "B"), name(20, "C"), name(20, "D")]],
  ])("lays out the literal union %j as prettier does", async (cases) => {
    for (const width of [1, 30, 60]) {
      const text = laidOutLiteralUnion(
        name(width),
        ["A type."],
        cases.map((literal) => `"${literal}"`),
      );
      expect(text).toBeDefined();
      expect(await format(text ?? "")).toBe(text);
    }
  });

  it("leaves one literal, and literals prettier may requote, to the other layouts", () => {
    expect(laidOutLiteralUnion("X", [], ['"A"'])).toBeUndefined();
    expect(laidOutLiteralUnion("X", [], ['"A"', '"say \\"hi\\""'])).toBeUndefined();
    expect(laidOutLiteralUnion("X", [], ['"A"', '"결제"'])).toBeUndefined();
  });

  it.each([
    ["a value prettier may requote", [{ key: "A", value: '"say \\"hi\\""', doc: [] }]],
    ["a value that is not printable ASCII", [{ key: "A", value: '"결제"', doc: [] }]],
    ["a key that is not an identifier", [{ key: '"a-b"', value: '"a-b"', doc: [] }]],
    ["no entries", []],
  ])("leaves %s to prettier", (_, entries) => {
    expect(laidOutConst("X", [], entries)).toBeUndefined();
  });

  it("leaves a name wider than one line, and an escaped schema name, to prettier", () => {
    expect(laidOutConst(name(70), [], [{ key: "A", value: '"A"', doc: [] }])).toBeUndefined();
    expect(laidOutAlias("X", [], 'components["schemas"]["a\\"b"]')).toBeUndefined();
    expect(laidOutExtendingInterface("결제", [], "NamedSchema", "X")).toBeUndefined();
  });
});

describe("object members laid out as prettier prints them", () => {
  it.each([
    [{ parameter: "requestBody", required: false }, '{ parameter: "requestBody", required: false }'],
    [{}, "{}"],
    [{ id: ["body", "wire_id"], n: 404 }, '{ id: ["body", "wire_id"], n: 404 }'],
    [null, "null"],
  ])("laidOutValue(%j) is %s", (value, want) => {
    expect(laidOutValue(value)).toBe(want);
  });

  it.each([[{ "a-b": 1 }], [{ a: "결제" }], [{ a: 'say "hi"' }], [{ a: -1 }], [{ a: undefined }]])(
    "leaves %j to prettier",
    (value) => {
      expect(laidOutValue(value)).toBeUndefined();
    },
  );

  // A field line of 79, 80 and 81 columns: prettier breaks the last one's object.
  it.each([65, 66, 67])(
    "lays out a row whose field line is %i + 14 columns wide as prettier does",
    async (width) => {
      const fields = [
        { name: "method", value: "get" },
        { name: "input", value: { [name(width - 22, "a")]: "path", b: "query" } },
      ];
      const text = laidOutObjectMember("getThing", ["조회"], fields);
      const inline = `export const table = {\n  getThing: {\n    method: "get",\n    input: ${laidOutValue(fields[1]?.value)},\n  },\n} as const;`;
      const byPrettier = await format(inline);
      if (width + 14 > 80) {
        expect(text).toBeUndefined();
        expect(byPrettier).not.toBe(inline);
        return;
      }
      expect(`export const table = {\n${text}\n} as const;`).toBe(
        await format(`export const table = {\n${text}\n} as const;`),
      );
      expect(byPrettier).toBe(inline);
    },
  );
});

/**
 * The members of `interface A { … }` as parsed, a printer for them, and the interface as
 * generation formats it: written by the TypeScript printer, then by prettier.
 */
function membersOf(source: string) {
  const file = ts.createSourceFile("a.ts", source, ts.ScriptTarget.ESNext, true, ts.ScriptKind.TS);
  const declaration = file.statements[0] as ts.InterfaceDeclaration;
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
  const print = (node: ts.Node) => printer.printNode(ts.EmitHint.Unspecified, node, file);
  return { members: declaration.members, print, formatted: () => format(print(declaration)) };
}

describe("members laid out as prettier prints them", () => {
  const ref = (width: number, letter: string) => `components["schemas"]["${letter.repeat(width)}"]`;
  // Unions that fit after their key, on the next line, or only one case a line.
  const cases = [1, 10, 20, 28, 29, 30, 40, 60].flatMap((width) =>
    [1, 30, 62].flatMap((key) => [
      `${name(key, "k")}: ${ref(width, "A")} | ${ref(width, "B")};`,
      `${name(key, "k")}?: "${name(width, "A")}" | "${name(width, "B")}" | "${name(width, "C")}";`,
      `readonly ${name(key, "k")}: { a?: string; b: ${ref(Math.min(width, 40), "B")}[]; c: { [key: string]: unknown } }[];`,
    ]),
  );

  // Every width across 80 columns: on the key's line, on the next, a case's line.
  const boundaries = Array.from({ length: 12 }, (_, index) => 28 + index).flatMap((width) => [
    `k: "${name(width, "A")}" | "${name(33, "B")}";`,
  ]);

  it.each([...cases, ...boundaries])("%s", async (member) => {
    const { members, print, formatted } = membersOf(`interface A { s: { ${member} } }`);
    const [outer] = members;
    const text = outer && laidOutMember(outer, "  ", print);
    expect(text).toBeDefined();
    expect(`interface A {\n${text}\n}`).toBe(await formatted());
  });

  it("leaves what prettier rearranges to it: function types, one-line objects in unions, broken type arguments, comments", () => {
    for (const member of [
      "f: () => void;",
      `u: ${"A".repeat(40)} | { a: string } | ${"B".repeat(40)};`,
      `g: Record<string, ${"A".repeat(40)} | { a: string }>;`,
      `g: Record<string, ${"A".repeat(40)} | ${"B".repeat(40)}>;`,
      `o: OpenUnion<"type", ${"A".repeat(40)} | ${"B".repeat(40)}>;`,
      `u: ${"A".repeat(40)} | UnrecognizedVariant<"type", ${"A".repeat(40)} | ${"B".repeat(40)}>;`,
      'q: "a\\"b";',
      "k: `x`;",
    ]) {
      const { members, print } = membersOf(`interface A { ${member} }`);
      const [only] = members;
      expect(only && laidOutMember(only, "  ", print), member).toBeUndefined();
    }
  });
});

/**
 * Every fragment the emitters lay out for a spec, by the frame it sits in: laid out anew for
 * each real spec version, and formatted by prettier once per distinct text.
 */
async function laidOutFragmentsOf(api: ApiName, file: string, frames: Map<string, Map<string, string>>) {
  const spec = await specFromText(file, await readFile(file, "utf8"));
  const { model } = await buildModel(api, spec);
  let laidOut = 0;
  let fragments = 0;
  for (const template of [
    emitSchemaModule,
    emitTypesModule,
    emitEnumsModule,
    emitErrorsModule,
    emitOperationsModule,
  ].map((emit) => emit(model))) {
    for (const section of template.sections) {
      if (section.kind !== "list") continue;
      const split = splitMarkedText(section.markedText);
      const frame = JSON.stringify([section.layout, split.head, split.tail]);
      const texts = frames.get(frame) ?? new Map<string, string>();
      frames.set(frame, texts);
      for (const fragment of split.fragments) {
        fragments += 1;
        if (!section.laidOut?.has(fragment.key)) continue;
        laidOut += 1;
        texts.set(fragment.text, `${template.name} ${fragment.key} of ${path.basename(file)}`);
      }
    }
  }
  return { laidOut, fragments };
}

describe("fragments the real specs lay out", () => {
  const formatter = createFormatter(2);
  afterAll(() => formatter.close());

  it(
    "are byte for byte what prettier prints, in every version of V1 and V2",
    { timeout: 120_000 },
    async () => {
      const frames = new Map<string, Map<string, string>>();
      const current = await laidOutFragmentsOf("v2", REAL_V2_SPEC, frames);
      // Most of what V2 would give prettier is laid out (which is what makes generation fast).
      expect(current.laidOut / current.fragments).toBeGreaterThan(0.75);
      await laidOutFragmentsOf("v1", REAL_V1_SPEC, frames);
      for (const api of ["v1", "v2"] as const) {
        const dir = path.join(SPEC_HISTORY_DIR, api);
        for (const file of (await readdir(dir)).filter((name) => name.endsWith(".json")).sort()) {
          await laidOutFragmentsOf(api, path.join(dir, file), frames);
        }
      }

      const sections: ListSection[] = [...frames].map(([frame, texts]) => {
        const [layout, head, tail] = JSON.parse(frame) as [ListSection["layout"], string, string];
        const fragments = [...texts.keys()].map((text, index) => ({
          key: `schema:${index}` as SubjectKey,
          text,
        }));
        return {
          kind: "list",
          layout,
          markedText: markFragments(head, fragments, tail, layout),
          uses: new Map(),
        };
      });
      const [formatted] = await formatTemplates([{ name: "all", summary: "", sections }], formatter);
      let compared = 0;
      for (const [index, [, texts]] of [...frames].entries()) {
        const section = formatted?.sections[index];
        const byPrettier = section?.kind === "list" ? section.fragments.map((fragment) => fragment.text) : [];
        const laidOut = [...texts];
        expect(byPrettier).toHaveLength(laidOut.length);
        laidOut.forEach(([text, where], at) => {
          if (byPrettier[at] !== text)
            expect.fail(`${where} differs from prettier:\n${text}\n---\n${byPrettier[at]}`);
          compared += 1;
        });
      }
      expect(compared).toBeGreaterThan(2000);
    },
  );
});
