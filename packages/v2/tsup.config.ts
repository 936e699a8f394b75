import { defineConfig } from "tsup";
import { clientPackage } from "../tsup.shared.js";

export default defineConfig(
  clientPackage({
    index: "src/index.ts",
    "identity-verification": "src/identity-verification.ts",
    testing: "src/testing/index.ts",
  }),
);
