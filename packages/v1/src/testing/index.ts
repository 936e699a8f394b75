/** `@portone-typed/v1/testing`: an in-process fake of PortOne's V1 API for tests without network or secrets. */
export {
  startFakeIamportServer,
  type FakeIamportServer,
  type FakeIamportServerOptions,
  type RecordedRequest,
} from "./fake-iamport-server.js";
