// The browser tests need a Chromium. Playwright's own download is preferred where it was installed;
// otherwise a system Chromium (Debian's `chromium` package, or Chrome). CHROMIUM_PATH overrides both.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
];

export function findBrowser(): string | null {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here
  }
  return SYSTEM.find((p) => existsSync(p)) ?? null;
}

export const NO_BROWSER_HELP = [
  "No Chromium found for the browser tests. Install one of:",
  "  npx playwright install chromium        (Playwright's own build, where downloads work)",
  "  sudo apt-get install -y chromium      (Debian/Ubuntu system package)",
  "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
].join("\n");
