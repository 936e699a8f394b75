// Verifying one 1 KiB webhook: ours against the Standard Webhooks reference (`standardwebhooks`)
// and against @portone/server-sdk 0.19's `Webhook.verify`, in one process, contenders taking turns
// batch by batch. Target: ours ≤ 1× the faster of them.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Webhook as Reference } from "standardwebhooks";
import { Webhook as Official } from "@portone/server-sdk";
import { median, ROOT, verdict } from "./lib.mjs";
import { requireBuiltPackage } from "./programs.mjs";

const SECRET = `whsec_${Buffer.from("portone-typed benchmark webhook secret!!").toString("base64")}`;
const BATCH = 500;

function body() {
  const event = {
    type: "Transaction.Paid",
    timestamp: new Date().toISOString(),
    data: { storeId: "store-bench", paymentId: "order-bench", transactionId: "tx-bench", note: "" },
  };
  event.data.note = "x".repeat(1024 - JSON.stringify(event).length);
  return JSON.stringify(event);
}

/** Microseconds per verification over one batch. */
async function batch(verifyOnce) {
  const start = process.hrtime.bigint();
  for (let index = 0; index < BATCH; index++) await verifyOnce();
  return Number(process.hrtime.bigint() - start) / 1e3 / BATCH;
}

export async function benchWebhook({ runs = 5 } = {}) {
  requireBuiltPackage();
  const ours = await import(pathToFileURL(path.join(ROOT, "packages", "v2", "dist", "webhook.js")).href);
  const payload = body();
  const signed = await ours.signWebhook(SECRET, payload, { id: "msg_bench" });
  const headers = signed.headers;
  const reference = new Reference(SECRET);
  const verifier = ours.createWebhookVerifier(SECRET);
  const contenders = [
    ["@portone-typed/v2 createWebhookVerifier (key prepared once)", () => verifier(payload, headers)],
    [
      "@portone-typed/v2 verify (one call: prepares the key each time)",
      () => ours.verify(SECRET, payload, headers),
    ],
    ["standardwebhooks 1.1.1 (the reference)", async () => reference.verify(payload, headers)],
    [
      "@portone/server-sdk 0.19 Webhook.verify (caches the key per secret)",
      () => Official.verify(SECRET, payload, headers),
    ],
  ];
  for (const [, verifyOnce] of contenders) {
    const result = await verifyOnce();
    if (result.type !== "Transaction.Paid") throw new Error("a contender did not verify the webhook");
    await batch(verifyOnce);
  }
  const times = contenders.map(() => []);
  for (let round = 0; round < runs * 4; round++)
    for (const [index, [, verifyOnce]] of contenders.entries()) times[index].push(await batch(verifyOnce));
  const medians = times.map(median);
  const fastestOther = Math.min(medians[2], medians[3]);
  return {
    title: "Verifying one 1 KiB webhook (in-process, µs per verification)",
    table: {
      columns: ["contender", "batches", "per verification"],
      rows: contenders.map(([name], index) => [name, runs * 4, `${medians[index].toFixed(1)} µs`]),
    },
    verdicts: [
      verdict(
        "ours (verifier) ÷ the faster of standardwebhooks and @portone/server-sdk",
        medians[0] / fastestOther,
        "≤ 1×",
        medians[0] <= fastestOther,
      ),
      verdict(
        "ours (one-call verify) ÷ the faster of them",
        medians[1] / fastestOther,
        "≤ 1×",
        medians[1] <= fastestOther,
      ),
    ],
    notes: [
      `Batches of ${BATCH} sequential verifications, contenders taking turns; the median batch. The one-call \`verify\` keeps no cache: a module-level cache would hold every secret it was given for the life of the process.`,
    ],
  };
}
