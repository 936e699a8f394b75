// Only the identity verification category of the generated V2 API: its 5 operations and the
// schemas they use, so a program that imports the identity verification entry point makes the
// compiler load no more than that.
export * from "../../../../generated/v2/categories/identityVerification/index.js";
