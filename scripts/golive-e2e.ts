// The go-live walk-through as a browser test (issue 11): a real installation from nothing. An empty database
// (migrated, no demo data), the portal in production mode (PORTAL_MODE=production, every production check
// passing), its worker, and an SMS gateway stand-in on localhost that keeps what it is sent, so the test can read
// the sign-in code a resident's phone would receive (the only part that cannot run here for real). Then
// Playwright's tests/golive, which runs the README's "Going live" steps: the commands, then the browser.
// Called by scripts/test.ts with DATABASE_URL, DATABASE_OWNER_URL and CHROMIUM_PATH set.
import http from "node:http";
import path from "node:path";
import { spawn } from "node:child_process";
import { findFreePort } from "./lib/embedded-db.ts";
import { buildIfNeeded } from "./lib/next-build.ts";
import { projectRoot } from "./lib/paths.ts";
import { applicationEnv, prepareDatabase } from "./lib/prepare-database.ts";

type Sms = { to: string; body: string; at: number };

/** Accepts `POST {to, body}` like a gateway's HTTP bridge; `GET /messages` lists what it received. */
async function startSmsGateway(): Promise<{ url: string; close: () => void }> {
  const received: Sms[] = [];
  const server = http.createServer((req, res) => {
    if (req.method === "POST") {
      let raw = "";
      req.on("data", (c: Buffer) => (raw += c.toString("utf8")));
      req.on("end", () => {
        const { to, body } = JSON.parse(raw) as { to: string; body: string };
        received.push({ to, body, at: Date.now() });
        res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
      });
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(received));
  });
  const port = await findFreePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

async function waitForHealth(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`portal did not become healthy at ${url}`);
}

async function main(): Promise<number> {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  const port = await findFreePort();
  const baseURL = `http://localhost:${port}`;
  const sms = await startSmsGateway();
  Object.assign(process.env, {
    PORTAL_MODE: "production",
    // https so the production checks pass and cookies are Secure; Chromium keeps Secure cookies on http://localhost.
    PUBLIC_URL: `https://localhost:${port}`,
    NEXTAUTH_URL: baseURL,
    SMS_GATEWAY_URL: `${sms.url}/send`,
  });
  await prepareDatabase({ demoData: false });
  buildIfNeeded(process.env);
  const server = spawn(process.execPath, [path.join(projectRoot, "scripts/serve.mjs"), "-p", String(port)], {
    cwd: projectRoot,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...applicationEnv(process.env), NODE_ENV: "production" },
  });
  const { startWorker } = await import("../lib/jobs/worker.ts");
  const worker = await startWorker();
  try {
    await waitForHealth(`${baseURL}/api/health`, 60_000);
    return await new Promise<number>((resolve) => {
      const pw = spawn(
        path.join(projectRoot, "node_modules/.bin/playwright"),
        ["test", "-c", "playwright.golive.config.ts", ...process.argv.slice(2)],
        {
          cwd: projectRoot,
          stdio: "inherit",
          // The test plays the operator too (it runs the README's commands), so it gets the owner's connection.
          env: { ...process.env, E2E_BASE_URL: baseURL, GOLIVE_SMS_INBOX: `${sms.url}/messages` },
        },
      );
      pw.on("exit", (code) => resolve(code ?? 1));
    });
  } finally {
    await worker.stop().catch(() => {});
    server.kill("SIGTERM");
    sms.close();
    const { db } = await import("../lib/db.ts");
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
