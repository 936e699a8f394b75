// The local peer of the request-overhead benchmark: answers every GET with one verified
// identity verification, as PortOne would. Runs in its own process so that serving does not
// share an event loop with the clients being measured. Prints its port on stdout.
import { createServer } from "node:http";

const body = JSON.stringify({
  status: "VERIFIED",
  id: "iv-bench",
  requestedCustomer: { name: "홍길동", phoneNumber: "01012345678" },
  verifiedCustomer: {
    name: "홍길동",
    phoneNumber: "01012345678",
    birthDate: "1990-01-01",
    gender: "MALE",
    isForeigner: false,
    ci: "ci",
    di: "di",
  },
  requestedAt: "2026-11-21T00:00:00Z",
  updatedAt: "2026-11-21T00:00:00Z",
  statusChangedAt: "2026-11-21T00:00:00Z",
  verifiedAt: "2026-11-21T00:00:00Z",
  version: "V2",
});

const server = createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    response.writeHead(200, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
    });
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => process.stdout.write(`${server.address().port}\n`));
process.on("disconnect", () => server.close());
