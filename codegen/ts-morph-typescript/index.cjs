// openapi-typescript and ts-morph each load a TypeScript compiler; loading the one ts-morph
// bundles for both saves about half a second on every generation (see README.md).
module.exports = require("ts-morph").ts;
