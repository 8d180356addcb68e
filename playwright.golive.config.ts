// The go-live walk-through runs against a portal in production mode on an empty database (scripts/golive-e2e.ts).
import { defineConfig, devices } from "@playwright/test";
import base from "./playwright.config.ts";

export default defineConfig({
  ...base,
  testDir: "tests/golive",
  workers: 1,
  projects: [{ name: "golive", use: { ...devices["Desktop Chrome"] } }],
});
