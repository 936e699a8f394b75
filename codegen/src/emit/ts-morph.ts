import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";

// ts-morph is CommonJS. An ESM `import` of it makes Node scan its 1 MB file for export names
// on every run (about 50 ms); `require` does not. Types still come from `import type`.
const tsMorph = createRequire(import.meta.url)("ts-morph") as typeof TsMorph;

export const Project: typeof TsMorph.Project = tsMorph.Project;
export const printStructure: typeof TsMorph.printStructure = tsMorph.printStructure;
export const StructureKind: typeof TsMorph.StructureKind = tsMorph.StructureKind;
export const VariableDeclarationKind: typeof TsMorph.VariableDeclarationKind =
  tsMorph.VariableDeclarationKind;
