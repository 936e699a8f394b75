import path from "node:path";
import { pulledSpecPath, SOURCES_FILE } from "../options.js";
import { writeSources, type PinnedSpec } from "../pull/sources.js";
import { writeFileAtomically, writeTreesAtomically } from "../write/atomic-write.js";
import type { PackageUpdate } from "./package-update.js";
import { renderChangeset } from "./render-update.js";
import type { Candidate } from "./verify-packages.js";

/** The changeset's file name: the API and the version it moves to. */
function changesetName(api: string, pin: PinnedSpec): string {
  return `portone-${api}-spec-${(pin.commit ?? pin.sha256).slice(0, 10)}.md`;
}

/**
 * Writes a checked update: the new output first (the one write that can fail for size or
 * formatting reasons, and atomic), then the specs and pins, then the changesets.
 */
export async function applyUpdate(
  root: string,
  candidates: readonly Candidate[],
  updates: readonly { readonly to: PinnedSpec; readonly update: PackageUpdate }[],
  options: { readonly changeset: boolean },
): Promise<string[]> {
  await writeTreesAtomically(
    candidates.map((candidate) => ({
      dir: path.join(root, "generated", candidate.api),
      files: candidate.files,
    })),
  );
  for (const candidate of candidates) {
    // The exact bytes: the pin's sha256 is of them.
    await writeFileAtomically(path.join(root, pulledSpecPath(candidate.api)), candidate.spec);
  }
  await writeSources(
    path.join(root, SOURCES_FILE),
    updates.map(({ to }) => to),
  );
  const written: string[] = [];
  for (const { update, to } of updates) {
    const text = options.changeset ? renderChangeset(update) : undefined;
    if (text === undefined) continue;
    const file = path.join(root, ".changeset", changesetName(update.api, to));
    await writeFileAtomically(file, text);
    written.push(path.relative(root, file));
  }
  return written;
}
