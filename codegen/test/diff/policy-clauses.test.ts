import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { CHANGE_KINDS } from "../../src/diff/changes.js";
import { clausesOf } from "../../src/diff/policy.js";

const POLICY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../docs/compat-policy.md");

it("cites, for every change kind, clauses that docs/compat-policy.md defines, and leaves none uncited", async () => {
  const page = await readFile(POLICY, "utf8");
  const defined = new Set([...page.matchAll(/^- \*\*([PER]\d+)\*\*:/gm)].map((match) => match[1] ?? ""));
  expect(defined.size).toBeGreaterThan(10);
  const cited = new Set<string>();
  for (const kind of CHANGE_KINDS) {
    const clauses = clausesOf(kind);
    expect(clauses.length, kind).toBeGreaterThan(0);
    for (const clause of clauses) {
      expect(defined, `${kind} cites ${clause}`).toContain(clause);
      cited.add(clause);
    }
  }
  // R1 (which side a schema is on) and E2 (unreferenced schemas) are how every rule is applied,
  // not one rule's verdict.
  const appliedToAll = new Set(["R1", "E2"]);
  expect([...defined].filter((clause) => !cited.has(clause) && !appliedToAll.has(clause))).toEqual([]);
});
