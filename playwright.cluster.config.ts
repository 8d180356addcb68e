// The cluster's browser tests run against nginx in front of two web instances (scripts/cluster-e2e.ts).
import { defineConfig, devices } from "@playwright/test";
import base from "./playwright.config.ts";

export default defineConfig({
  ...base,
  testDir: "tests/cluster",
  workers: 1,
  projects: [{ name: "cluster", use: { ...devices["Desktop Chrome"] } }],
});
