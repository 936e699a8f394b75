// `@portone-typed/v2/identityVerification`: the same module as `@portone-typed/v2/identity-verification`,
// under the name PortOne's SDK gives the category.
export * from "../identity-verification.js";
