import { defineConfig } from "vitest/config";
import { clientPackageTests } from "../vitest.shared.js";

export default defineConfig(clientPackageTests);
