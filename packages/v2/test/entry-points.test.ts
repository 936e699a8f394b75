import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CATEGORIES_DIR = path.resolve(PACKAGE_DIR, "../../generated/v2/categories");

// A spec update that adds a category must add its entry point too; this says which.
it("has an entry point for every category of the generated V2 API, and no other", async () => {
  const categories = (await readdir(CATEGORIES_DIR)).sort();
  const manifest = JSON.parse(await readFile(path.join(PACKAGE_DIR, "package.json"), "utf8"));
  const entries = Object.keys(manifest.exports)
    .map((key) => key.slice(2))
    .filter((key) => !["", "identity-verification", "testing", "webhook", "package.json"].includes(key))
    .sort();
  expect(entries).toEqual(categories);
  const sources = (await readdir(path.join(PACKAGE_DIR, "src", "categories"))).sort();
  expect(sources).toEqual(categories.map((category) => `${category}.ts`));
});
