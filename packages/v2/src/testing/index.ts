/** `@portone-typed/v2/testing`: in-process fakes of PortOne's API, for tests without network or secrets. */
export {
  startFakeIdentityVerificationServer,
  type FakeIdentityVerificationServer,
  type FakeIdentityVerificationServerOptions,
} from "./fake-identity-verification-server.js";
export {
  startFakePaymentServer,
  type FakePaymentServer,
  type FakePaymentServerOptions,
} from "./fake-payment-server.js";
export type { RecordedRequest } from "./fake-http-server.js";
