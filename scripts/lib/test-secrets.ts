import { randomBytes } from "node:crypto";

/** Fresh secrets for one test run: nothing from a developer's .data/ leaks into the tests. */
export function testSecrets(): Record<string, string> {
  return {
    AUTH_SECRET: randomBytes(32).toString("base64"),
    PII_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    PII_HMAC_KEY: randomBytes(32).toString("base64"),
    // Baked into the build, so a fixed value: a random one would force a new build on every test run.
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
  };
}
