import { describe, expect, it } from "vitest";
import { diffLoadedSpecs } from "../../src/diff/diff-specs.js";
import { apiSurface } from "../../src/update/api-surface.js";
import { packageUpdate } from "../../src/update/package-update.js";
import { renderChangeset } from "../../src/update/render-update.js";
import { loaded, miniSpec, modelOf, v1MiniSpec, v1ModelOf, type Json } from "../helpers/specs.js";

const labels = { from: "old", to: "new" };

/** The package update from the mini spec to the mini spec after `change`. */
async function updateAfter(change: (spec: Json) => void) {
  const before = await miniSpec();
  const after = await miniSpec();
  change(after);
  const report = diffLoadedSpecs(loaded(before, "old.json"), loaded(after, "new.json"));
  return packageUpdate(report, apiSurface(modelOf(before).model), apiSurface(modelOf(after).model), labels);
}

describe("the package's side of a spec update", () => {
  it("is a patch when only documentation changed", async () => {
    const update = await updateAfter((spec) => {
      spec.components.schemas.IdentityVerificationOperator.description = "통신사 (reworded)";
    });
    expect(update.surface).toEqual([]);
    expect(update.bump).toBe("patch");
    expect(renderChangeset(update)).toMatch(/^---\n"@portone-typed\/v2": patch\n---\n/);
  });

  it("is a patch when a V1 x-portone-name is reworded (one list of documentation keys)", async () => {
    const before = await v1MiniSpec();
    const after = await v1MiniSpec();
    after.definitions.CertificationAnnotation.properties.name["x-portone-name"] = "고객 성명";
    after.paths["/users/getToken"].post.parameters[0]["x-portone-name"] = "REST API 키";
    const report = diffLoadedSpecs(loaded(before, "old.json"), loaded(after, "new.json"));
    expect(report.changes.length).toBeGreaterThan(0);
    expect(report.changes.every((change) => change.kind === "documentation")).toBe(true);
    const update = packageUpdate(
      report,
      apiSurface((await v1ModelOf(before)).model),
      apiSurface((await v1ModelOf(after)).model),
      labels,
    );
    expect(update.surface).toEqual([]);
    expect(update.bump).toBe("patch");
  });

  it("is a minor release when a value is added, and says which switch needs a branch", async () => {
    const update = await updateAfter((spec) => {
      spec.components.schemas.IdentityVerificationOperator.enum.push("NEW_CARRIER");
    });
    expect(update.surface).toEqual([
      // Also exported by the identity verification entry point, whose category uses it.
      {
        kind: "type-changed",
        name: "IdentityVerificationOperator",
        entries: ["@portone-typed/v2/identity-verification"],
      },
      { kind: "enum-value-added", name: "IdentityVerificationOperator", value: "NEW_CARRIER" },
    ]);
    expect(update.bump).toBe("minor");
    const changeset = renderChangeset(update) ?? "";
    expect(changeset).toContain('- value "NEW_CARRIER" in `IdentityVerificationOperator`');
    // Said once, under new cases, not again as a changed type.
    expect(changeset).not.toContain("- type `IdentityVerificationOperator`");
  });

  it("is a major release when a type the package exports is removed", async () => {
    const update = await updateAfter((spec) => {
      delete spec.components.schemas.UnusedSchema;
    });
    expect(update.summary.breaking).toBe(0); // no operation used it: the spec diff calls it unreferenced
    expect(update.surface).toEqual([{ kind: "type-removed", name: "UnusedSchema" }]);
    expect(update.bump).toBe("major");
    expect(renderChangeset(update)).toContain("- type `UnusedSchema` removed");
  });

  it("is a major release on a breaking change, listed with the operations it reaches", async () => {
    const update = await updateAfter((spec) => {
      const customer = spec.components.schemas.SendIdentityVerificationBodyCustomer;
      customer.required = [...(customer.required ?? []), "email"];
      customer.properties.email = { type: "string" };
    });
    expect(update.bump).toBe("major");
    expect(renderChangeset(update)).toContain(
      "- `SendIdentityVerificationBodyCustomer.email`: required property added (`sendIdentityVerification`)",
    );
  });

  it("has no changeset when nothing changed", async () => {
    const update = await updateAfter(() => {});
    expect(update.bump).toBeUndefined();
    expect(renderChangeset(update)).toBeUndefined();
  });
});
