export { segmentPathSerializer, unsafePathValue } from "./paths.js";
export {
  callSignal,
  classifyRejection,
  createCallFetch,
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
