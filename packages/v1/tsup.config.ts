import { defineConfig } from "tsup";
import { clientPackage } from "../tsup.shared.js";

export default defineConfig(clientPackage({ index: "src/index.ts", testing: "src/testing/index.ts" }));
