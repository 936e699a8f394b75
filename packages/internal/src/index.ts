export { segmentPathSerializer, unsafePathValue } from "./paths.js";
export { createCallTimeouts, type CallSignal, type CallTimeouts } from "./call-timeouts.js";
export {
  classifyRejection,
  createCallFetch,
  RedirectRefused,
  REQUEST_OPTIONS,
  type Fetch,
  type TransportFailure,
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
export {
  createCallPipeline,
  HTTP_METHODS,
  methodsOf,
  operationsByRoute,
  type CallPipeline,
  type CallPipelineOptions,
  type CallResult,
  type HttpMethod,
  type PipelineInit,
} from "./call-pipeline.js";
export { ClientError, type ClientErrorInit, type ClientErrorKind } from "./client-error.js";
