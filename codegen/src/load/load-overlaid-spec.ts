import type { SpecWarning } from "../warnings.js";
import { loadSpec, type LoadedSpec, type LoadSpecOptions } from "./load-spec.js";
import { applyOverlay } from "./overlay.js";

export interface OverlaidSpec {
  readonly spec: LoadedSpec;
  readonly warnings: readonly SpecWarning[];
}

/**
 * A loaded spec with its overlays applied in order. The text and digest stay the spec's own, so
 * what the output records as its source is what PortOne published.
 */
export async function withOverlays(
  spec: LoadedSpec,
  overlays: readonly string[],
  options: LoadSpecOptions,
): Promise<OverlaidSpec> {
  let document = spec.document;
  const warnings: SpecWarning[] = [];
  for (const overlaySource of overlays) {
    const overlay = await loadSpec(overlaySource, options);
    const applied = applyOverlay(document, overlay.document, overlay.file);
    document = applied.document;
    warnings.push(...applied.warnings);
  }
  return { spec: overlays.length === 0 ? spec : { ...spec, document }, warnings };
}
