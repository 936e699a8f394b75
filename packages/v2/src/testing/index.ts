/** `@portone-typed/v2/testing`: an in-process fake of PortOne's identity verification API, for tests without network or secrets. */
export {
  startFakeIdentityVerificationServer,
  type FakeIdentityVerificationServer,
  type FakeIdentityVerificationServerOptions,
  type RecordedRequest,
} from "./fake-identity-verification-server.js";
