import { fork } from "node:child_process";
import { createPortOneClient } from "@portone-typed/v2/identity-verification";
const peer = fork("request/peer-server.mjs", { stdio: ["ignore", "pipe", "inherit", "ipc"] });
const port = await new Promise((r) => peer.stdout.once("data", (c) => r(Number(String(c).trim()))));
const timeoutMs = Number(process.argv[2]);
const ours = createPortOneClient({ secret: "s", baseUrl: `http://127.0.0.1:${port}`, timeoutMs });
for (let i = 0; i < 2000; i++)
  await ours.identityVerification.getIdentityVerification({ identityVerificationId: "iv" });
const cpu0 = process.cpuUsage();
const s = process.hrtime.bigint();
for (let i = 0; i < 10000; i++)
  await ours.identityVerification.getIdentityVerification({ identityVerificationId: "iv" });
const cpu = process.cpuUsage(cpu0);
console.log(
  `timeout=${timeoutMs} wall ${(Number(process.hrtime.bigint() - s) / 1e3 / 10000).toFixed(1)}us cpu ${((cpu.user + cpu.system) / 10000).toFixed(1)}us`,
);
peer.kill();
process.exit(0);
