import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { Ajv } from "ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationTable, PortOneClient } from "../src/index.js";
import { minimalInput } from "./helpers/minimal-input.js";
import { REAL_V2_SPEC, requestViolations, startPrism, type PrismServer } from "./helpers/prism.js";

// ajv-formats is CommonJS with a default export, which ESM type declarations see askew.
const addFormats = createRequire(import.meta.url)("ajv-formats") as (ajv: Ajv) => Ajv;

const STORE_ID = "store-id-sweep";

interface Sent {
  readonly url: URL;
  readonly body: string;
  readonly status: number;
  readonly violations: string | null;
}

/**
 * Every V2 operation, called through the operation style with the smallest input the real
 * spec accepts, must pass Prism's request validation; where the operation takes a `storeId`
 * the client's default must be there; and the JSON `requestBody` of query-or-body operations,
 * which Prism does not look inside, must match its schema.
 */
describe("every V2 operation through the operation style (Prism, real spec)", () => {
  let prism: PrismServer;
  let spec: Record<string, any>;
  let client: PortOneClient;
  let sent: Sent[] = [];
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);

  beforeAll(async () => {
    spec = JSON.parse(await readFile(REAL_V2_SPEC, "utf8"));
    ajv.addSchema({ components: spec.components }, "spec");
    prism = await startPrism();
    client = PortOneClient({
      secret: "test-secret",
      storeId: STORE_ID,
      baseUrl: prism.url,
      timeoutMs: 20_000,
      fetch: async (request) => {
        const body = await request.clone().text();
        const response = await fetch(request);
        sent.push({
          url: new URL(request.url),
          body,
          status: response.status,
          violations: response.headers.get("sl-violations"),
        });
        return response;
      },
    });
  }, 90_000);
  afterAll(async () => {
    await prism?.stop();
  });

  // Runs last (vitest keeps the order): every query-or-body operation's JSON was validated.
  const afterSweep = () =>
    it("validated the JSON query body of all 22 query-or-body operations", () => {
      expect(rows.filter(([, row]) => row.queryOrBody !== null)).toHaveLength(22);
      expect(queryBodiesValidated.size).toBe(22);
    });

  const rows = Object.entries(operationTable);
  const queryBodiesValidated = new Set<string>();

  it("covers all 147 operations", () => {
    expect(rows).toHaveLength(147);
  });

  it.each(rows)("%s", async (operationId, row) => {
    sent = [];
    const group = row.group.split(".").reduce((node: any, segment) => node[segment], client);
    const input = minimalInput(spec, row.path, row.method, { everyQueryBodyField: true });
    const result = await group[operationId](input);
    expect(sent, "exactly one request").toHaveLength(1);
    const [request] = sent as [Sent];
    expect(requestViolations(request.violations), `${request.url}\n${prism.output().slice(-800)}`).toEqual(
      [],
    );
    expect(request.status).toBeGreaterThanOrEqual(200);
    expect(request.status).toBeLessThan(300);
    if (row.response?.startsWith("text/")) expect(typeof result).toBe("string");

    const queryJson = row.queryOrBody ? request.url.searchParams.get(row.queryOrBody.parameter) : null;
    if (row.queryOrBody) {
      const bodySchema = spec.paths[row.path][row.method].parameters.find(
        (parameter: any) => parameter.name === row.queryOrBody?.parameter,
      ).content["application/json"].schema;
      const validate = ajv.compile({ $ref: `spec${bodySchema.$ref}` });
      expect(queryJson, "the JSON query parameter").not.toBeNull();
      expect(validate(JSON.parse(queryJson ?? "null")), JSON.stringify(validate.errors)).toBe(true);
      queryBodiesValidated.add(operationId);
    }
    if (row.storeId === "query") expect(request.url.searchParams.get("storeId")).toBe(STORE_ID);
    if (row.storeId === "body") {
      const body = JSON.parse(row.queryOrBody ? (queryJson ?? "{}") : request.body);
      expect(body.storeId).toBe(STORE_ID);
    }
  });
  afterSweep();
});
