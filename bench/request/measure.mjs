// One process, the clients side by side against the same local peer: 2,000 sequential calls
// each per round.
// Prints one JSON object: per contender, the median over rounds of the mean per-call time.
import { fork } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import createClient from "openapi-fetch";
import { createPortOneClient } from "@portone-typed/v2/identity-verification";

const [calls = 2000, rounds = 7] = process.argv.slice(2).map(Number);
const here = path.dirname(fileURLToPath(import.meta.url));
const peer = fork(path.join(here, "peer-server.mjs"), { stdio: ["ignore", "pipe", "inherit", "ipc"] });
const port = await new Promise((resolve, reject) => {
  peer.stdout.once("data", (chunk) => resolve(Number(String(chunk).trim())));
  peer.once("exit", (code) => reject(new Error(`the peer server exited (${code})`)));
});
const baseUrl = `http://127.0.0.1:${port}`;
const secret = "bench-secret";
const id = "iv-bench";

const bare = createClient({ baseUrl, headers: { Authorization: `PortOne ${secret}` } });
const ours = createPortOneClient({ secret, baseUrl });
// The same client without its per-call timeout (a timer and an abort signal per call).
const oursWithoutTimeout = createPortOneClient({ secret, baseUrl, timeoutMs: 0 });

// Each does the same: GET one identity verification, parse the JSON, hand back the status.
const contenders = {
  "raw fetch": async () => {
    const response = await fetch(`${baseUrl}/identity-verifications/${encodeURIComponent(id)}`, {
      headers: { Authorization: `PortOne ${secret}` },
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()).status;
  },
  "bare openapi-fetch 0.16": async () => {
    const { data, error } = await bare.GET("/identity-verifications/{identityVerificationId}", {
      params: { path: { identityVerificationId: id } },
    });
    if (error !== undefined) throw new Error("error");
    return data.status;
  },
  "@portone-typed/v2 (operation style)": async () =>
    (await ours.identityVerification.getIdentityVerification({ identityVerificationId: id })).status,
  "@portone-typed/v2 (operation style, timeoutMs: 0)": async () =>
    (await oursWithoutTimeout.identityVerification.getIdentityVerification({ identityVerificationId: id }))
      .status,
  "@portone-typed/v2 (path style)": async () => {
    const { data, error } = await ours.GET("/identity-verifications/{identityVerificationId}", {
      params: { path: { identityVerificationId: id } },
    });
    if (error !== undefined) throw new Error("error");
    return data.status;
  },
};

// The contenders take turns call by call (the order rotating), so that whatever the machine
// does meanwhile (other processes, the peer, timers) falls on all of them alike. A round's
// figure is the mean per-call time without the slowest 2% of its calls: stalls of the machine
// or the peer land on one contender at random and would swamp differences of a few percent;
// a garbage collection that a contender's own garbage triggers on most of its calls stays in.
const TRIM = 0.02;

function trimmedMean(samples) {
  const kept = samples.sort((a, b) => a - b).slice(0, Math.ceil(samples.length * (1 - TRIM)));
  return kept.reduce((sum, value) => sum + value, 0) / kept.length;
}

async function round(names) {
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < calls; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length];
      const start = process.hrtime.bigint();
      const status = await contenders[name]();
      samples[name].push(Number(process.hrtime.bigint() - start) / 1e6);
      if (status !== "VERIFIED") throw new Error(`${name}: unexpected answer ${status}`);
    }
  }
  return Object.fromEntries(names.map((name) => [name, trimmedMean(samples[name])]));
}

const names = Object.keys(contenders);
const perCall = Object.fromEntries(names.map((name) => [name, []]));
try {
  await round(names); // warm-up: JIT, connections
  for (let r = 0; r < rounds; r++) {
    const times = await round(names);
    for (const name of names) perCall[name].push(times[name]);
  }
} finally {
  peer.disconnect();
  peer.kill();
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
// Ratios are taken within each round (the same few seconds of the machine's life) and then
// their median, which drift between rounds does not move.
const ratio = (name, base) => median(perCall[name].map((time, round) => time / perCall[base][round]));
process.stdout.write(
  `${JSON.stringify({
    calls,
    rounds,
    results: Object.fromEntries(names.map((name) => [name, median(perCall[name])])),
    overBareOpenapiFetch: Object.fromEntries(names.map((name) => [name, ratio(name, names[1])])),
  })}\n`,
);
