import { readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/load/load-spec.js";
import { readSources } from "../../src/pull/sources.js";
import { renderPackageUpdate } from "../../src/update/render-update.js";
import { UpdateStepError, updateSpecs } from "../../src/update/update-specs.js";
import { runCommand, type RunCommand } from "../../src/update/verify-packages.js";
import { cli } from "../helpers/cli.js";
import { useTempDirs } from "../helpers/specs.js";
import { createWorkspace, historySpec, snapshot } from "./workspace.js";

const quiet = { onProgress: () => {}, today: "2026-11-21" };

describe("portone-typed update", () => {
  const tempDir = useTempDirs();

  it("reports v2_70facbbed3 → v2_3e624772b8 in the package's terms and stops there on --dry-run", async () => {
    const root = await tempDir();
    await createWorkspace(root, { v2Spec: historySpec("v2_70facbbed3") });
    const before = await snapshot(root);
    const result = await updateSpecs({
      ...quiet,
      cwd: root,
      apis: ["v2"],
      specs: { v2: historySpec("v2_3e624772b8") },
      dryRun: true,
    });
    expect(result).toMatchObject({ applied: false, exitCode: 1, changesets: [] });
    const [{ update } = { update: undefined }] = result.updates;
    expect(update?.bump).toBe("major");
    const notes = renderPackageUpdate(update!);
    const breaking = notes.slice(notes.indexOf("**Breaking"), notes.indexOf("**New cases"));
    expect(breaking).toContain(
      "`SendIdentityVerificationBodyCustomer.ipAddress`: required property added (`sendIdentityVerification`)",
    );
    expect(breaking).toContain('`CancelRequester`: enum value "Admin" removed');
    expect(breaking).toContain('`CancelRequester`: enum value "Customer" removed');
    expect(notes).toMatch(/value "ADMIN" in `CancelRequester`/);
    expect(notes).toMatch(/`type` "FORBIDDEN" in .*`ArchivePlatformPartnerError`/);
    expect(update?.surface).toContainEqual({ kind: "type-added", name: "TransferParameters" });
    expect(await snapshot(root)).toEqual(before);
  });

  it("applies v2_a8dd2043ad → v2_9e515d2b86 after type-checking and testing @portone-typed/v2 against it", async () => {
    const root = await tempDir();
    await createWorkspace(root, { v2Spec: historySpec("v2_a8dd2043ad"), packages: true });
    const ran: string[] = [];
    const recording: RunCommand = (command, args, cwd) => {
      ran.push(
        `${path.relative(root, cwd).replace(/^\.portone-typed-update-[^/]+\//, "")}: ${path.basename(command)} ${args.join(" ")}`,
      );
      return runCommand(command, args, cwd);
    };
    const newSpec = historySpec("v2_9e515d2b86");
    const result = await updateSpecs({
      ...quiet,
      cwd: root,
      apis: ["v2"],
      specs: { v2: newSpec },
      runCommand: recording,
    });

    expect(ran).toEqual(["packages/v2: tsc -p tsconfig.json --noEmit", "packages/v2: vitest run"]);
    expect(result).toMatchObject({ applied: true, exitCode: 1 });
    const bytes = await readFile(newSpec);
    const [v1, v2] = await readSources(path.join(root, "specs", "sources.json"));
    expect(v2).toEqual({
      api: "v2",
      repository: "portone-io/developers.portone.io",
      path: "src/schema/v2.openapi.json",
      sha256: sha256Hex(bytes),
      date: "2026-11-21",
    });
    expect(v1?.commit).toBe("0a8743aae939dbee11449224d3042604a2ab5a19");
    expect(sha256Hex(await readFile(path.join(root, "specs", "v2.openapi.json")))).toBe(v2?.sha256);
    const enums = await readFile(path.join(root, "generated", "v2", "enums.ts"), "utf8");
    expect(enums).not.toContain("HECTO_GLOBAL");

    expect(result.changesets).toEqual([`.changeset/portone-v2-spec-${v2?.sha256.slice(0, 10)}.md`]);
    const changeset = await readFile(path.join(root, result.changesets[0] ?? ""), "utf8");
    expect(changeset.startsWith('---\n"@portone-typed/v2": major\n---\n')).toBe(true);
    expect(changeset).toContain('`PgProvider`: enum value "HECTO_GLOBAL" removed');
    expect(changeset).toContain('`EasyPayProvider`: enum value "GOOGLE_PAY" removed');
  }, 300_000);

  it.each([
    [
      "invalid JSON",
      (text: string) => text.slice(0, 5000),
      /failed at step "load": .*broken\.json:\d+:\d+: invalid JSON/,
    ],
    [
      "a dangling $ref",
      (text: string) =>
        text.replace('"#/components/schemas/IdentityVerificationOperator"', '"#/components/schemas/Gone"'),
      /failed at step "load": .*broken\.json#\/components\/schemas\/.*\$ref "#\/components\/schemas\/Gone" points nowhere/,
    ],
  ])("leaves everything as it was when the new spec has %s", async (_, breakSpec, message) => {
    const root = await tempDir();
    await createWorkspace(root, { v2Spec: historySpec("v2_a8dd2043ad") });
    const broken = path.join(root, "broken.json");
    await writeFile(broken, breakSpec(await readFile(historySpec("v2_9e515d2b86"), "utf8")));
    const before = await snapshot(root);
    const error = await updateSpecs({ ...quiet, cwd: root, apis: ["v2"], specs: { v2: broken } }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(UpdateStepError);
    expect((error as Error).message.replace(/\n/g, " ")).toMatch(message);
    expect(await snapshot(root)).toEqual(before);
  });

  it("leaves everything as it was when the package does not compile against the new output", async () => {
    const root = await tempDir();
    await createWorkspace(root, { v2Spec: historySpec("v2_a8dd2043ad"), packages: true });
    const before = await snapshot(root);
    // July 2024's spec has no list operation, which the package's client calls.
    const error = await updateSpecs({
      ...quiet,
      cwd: root,
      apis: ["v2"],
      specs: { v2: historySpec("v2_3e624772b8") },
    }).catch((e) => e);
    expect(error).toMatchObject({ step: "verify" });
    expect((error as Error).message).toMatch(
      /packages\/v2: tsc -p tsconfig.json --noEmit failed against the new output/,
    );
    expect((error as Error).message).toMatch(/getIdentityVerifications/);
    expect(await snapshot(root)).toEqual(before);
  }, 300_000);

  it("with --fail-on breaking, reports and writes nothing", async () => {
    const root = await tempDir();
    await createWorkspace(root, { v2Spec: historySpec("v2_a8dd2043ad") });
    const before = await snapshot(root);
    const { code, out } = await cli(
      "update",
      "v2",
      "--root",
      root,
      "--spec",
      `v2=${historySpec("v2_9e515d2b86")}`,
      "--fail-on",
      "breaking",
    );
    expect(code).toBe(1);
    expect(out).toContain("Changeset bump: major");
    expect(out).toContain("Not applied: --fail-on breaking: v2 not applied");
    expect(await snapshot(root)).toEqual(before);
  });

  it("exits 2 and says which step failed, from the CLI", async () => {
    const root = await tempDir();
    await createWorkspace(root, { v2Spec: historySpec("v2_a8dd2043ad") });
    // No API named: the ones given a --spec (v1 would otherwise look upstream).
    const { code, err } = await cli("update", "--root", root, "--spec", "v2=nowhere.json");
    expect(code).toBe(2);
    expect(err).toMatch(/update v2 failed at step "fetch": cannot read nowhere.json/);
    expect(err).toMatch(/Nothing was changed/);
  });

  it("finds the newest upstream commit of the spec and pins it by commit", async () => {
    const root = await tempDir();
    await createWorkspace(root, { v2Spec: historySpec("v2_a8dd2043ad") });
    const newest = "9e515d2b86" + "1".repeat(30);
    const spec = await readFile(historySpec("v2_9e515d2b86"));
    const requests: string[] = [];
    const authorization: (string | undefined)[] = [];
    const github = createServer((request, response) => {
      requests.push(request.url ?? "");
      authorization.push(request.headers.authorization);
      if (
        request.url ===
        "/repos/portone-io/developers.portone.io/commits?path=src%2Fschema%2Fv2.openapi.json&per_page=1"
      ) {
        response.setHeader("content-type", "application/json");
        response.end(
          JSON.stringify([{ sha: newest, commit: { committer: { date: "2026-07-03T09:00:00Z" } } }]),
        );
      } else if (
        request.url === `/raw/portone-io/developers.portone.io/${newest}/src/schema/v2.openapi.json`
      ) {
        response.end(spec);
      } else {
        response.statusCode = 404;
        response.end();
      }
    });
    await new Promise<void>((resolve) => github.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(github.address() as AddressInfo).port}`;
    try {
      const result = await updateSpecs({
        ...quiet,
        cwd: root,
        apis: ["v2"],
        dryRun: true,
        env: { GITHUB_TOKEN: "ghs_test" },
        upstream: { api: base, raw: `${base}/raw` },
      });
      expect(requests).toHaveLength(2);
      expect(authorization).toEqual(["Bearer ghs_test", undefined]); // the API only, not the file host
      expect(result.updates[0]?.to).toEqual({
        api: "v2",
        repository: "portone-io/developers.portone.io",
        path: "src/schema/v2.openapi.json",
        commit: newest,
        sha256: sha256Hex(spec),
        date: "2026-07-03",
      });
      expect(result.updates[0]?.update.to).toBe(
        `portone-io/developers.portone.io@${newest.slice(0, 10)} (2026-07-03)`,
      );
    } finally {
      await new Promise((resolve) => github.close(resolve));
    }
  });

  it("does nothing when the newest spec is the pinned one", async () => {
    const root = await tempDir();
    await createWorkspace(root, { v2Spec: historySpec("v2_a8dd2043ad") });
    const before = await snapshot(root);
    const specsDir = path.join(root, "upstream");
    await import("node:fs/promises").then(({ mkdir }) => mkdir(specsDir));
    await writeFile(path.join(specsDir, "v2.openapi.json"), await readFile(historySpec("v2_a8dd2043ad")));
    const result = await updateSpecs({
      ...quiet,
      cwd: root,
      apis: ["v2"],
      env: { PORTONE_SPECS_DIR: specsDir },
    });
    expect(result).toMatchObject({ applied: false, upToDate: ["v2"], updates: [], exitCode: 0 });
    expect(await snapshot(root)).toEqual(before);
  });
});
