import path from "node:path";
import { fileURLToPath } from "node:url";
import { startPrism as startPrismFrom, type PrismServer } from "@portone-typed/internal/testing/prism";

export { requestViolations, type PrismServer } from "@portone-typed/internal/testing/prism";

export const REAL_V2_SPEC = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../specs/v2.openapi.json",
);

/**
 * Prism on the real V2 spec. Prism does not know the spec's `http` scheme `portone` and
 * answers 401 to `Authorization: PortOne …`, so it is given a copy whose `portOne` scheme is
 * the equivalent API key in the `Authorization` header; nothing else in the spec changes.
 */
export function startPrism(): Promise<PrismServer> {
  return startPrismFrom(REAL_V2_SPEC, (spec) => {
    spec.components.securitySchemes.portOne = { type: "apiKey", in: "header", name: "Authorization" };
  });
}
