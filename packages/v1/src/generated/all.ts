// The generated V1 API (by default the access token and the certification operations). The
// only module of the package that names the generated output.
export * from "../../../../generated/v1/index.js";
