// The whole generated V2 API. The only module of the package that names the generated root
// entry point; the identity-verification entry point must not reach it (see identity-verification.ts).
export * from "../../../../generated/v2/index.js";
