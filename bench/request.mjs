// Per-request overhead: 2,000 sequential calls to a local peer on 127.0.0.1, our client
// against bare openapi-fetch and raw fetch, side by side in one process (bench/request/).
// Target: ours adds at most 2% over bare openapi-fetch.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { verdict, ROOT } from "./lib.mjs";
import { requireBuiltPackage } from "./programs.mjs";

const BARE = "bare openapi-fetch 0.16";

export function benchRequest({ runs = 5 } = {}) {
  requireBuiltPackage();
  const calls = 2000;
  const child = spawnSync(
    process.execPath,
    [path.join(ROOT, "bench", "request", "measure.mjs"), String(calls), String(runs)],
    {
      encoding: "utf8",
    },
  );
  if (child.status !== 0)
    throw new Error(`bench/request/measure.mjs failed (${child.status}):\n${child.stderr}`);
  const { results, overBareOpenapiFetch: ratios } = JSON.parse(child.stdout);
  const within = (name) => verdict(`${name} ÷ ${BARE}`, ratios[name], "≤ 1.02×", ratios[name] <= 1.02);
  return {
    title: `Per-request time, ${calls.toLocaleString("en")} sequential calls to 127.0.0.1`,
    table: {
      columns: ["contender", "rounds", "per call", `÷ ${BARE}`],
      rows: Object.entries(results).map(([name, ms]) => [
        name,
        runs,
        `${(ms * 1000).toFixed(1)} µs`,
        `${ratios[name].toFixed(3)}×`,
      ]),
    },
    verdicts: [
      within("@portone-typed/v2 (operation style)"),
      within("@portone-typed/v2 (path style)"),
      within("@portone-typed/v2 (operation style, timeoutMs: 0)"),
    ],
    notes: [
      "Per call: the mean of a round without its slowest 2% of calls, then the median over rounds; ratios are taken within each round. The contenders take turns call by call.",
      "Between our client with and without its timeout is a timer per call and an abort controller per 8 calls (a controller costs about 2 µs in Node, so calls started together share one); bare openapi-fetch has no timeout.",
    ],
  };
}
