export { segmentPathSerializer, unsafePathValue } from "./paths.js";
export {
  callSignal,
  classifyRejection,
  createCallFetch,
  RedirectRefused,
  REQUEST_OPTIONS,
  type Fetch,
  type TransportFailureKind,
} from "./transport.js";
export {
  isKcpSmsMessage,
  kcpV2Problem,
  prepareBypass,
  untypedBypass,
  untypedContent,
  type KcpSmsMessage,
  type KcpV2IdentityVerificationBypass,
  type UntypedBypass,
} from "./kcp.js";
export {
  createSecretScrubber,
  REDACTED,
  unsafeSecret,
  type ScrubbableErrorInit,
  type SecretScrubber,
} from "./secrets.js";
