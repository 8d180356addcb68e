// The portal's web server: Next.js behind a plain Node HTTP server whose only job is to tell the application
// the real peer address (decision 0031). Next 16 gives route handlers, server actions and next-auth no socket
// address, and its own X-Forwarded-For is whatever the client sent, so this stamps the socket's address into
// x-liaison-peer — overwriting anything the client sent under that name — with a per-process random token the
// application checks (lib/http/client-info.ts). Plain JavaScript so it runs with `node` alone.
// usage: node scripts/serve.mjs [--dev] -p PORT
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";

const dev = process.argv.includes("--dev");
const portFlag = process.argv.indexOf("-p");
const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 3000));
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const token = randomBytes(18).toString("base64url");
process.env.LIAISON_PEER_TOKEN = token;

/** @type {ReturnType<ReturnType<typeof next>["getRequestHandler"]>} */
let handle;
const server = createServer((req, res) => {
  req.headers["x-liaison-peer"] = `${token} ${req.socket.remoteAddress ?? ""}`;
  void handle(req, res);
});
// httpServer: in development Next attaches its hot-reload websocket to it.
const app = next({ dev, dir, port, httpServer: server });
await app.prepare();
handle = app.getRequestHandler();
server.listen(port, () => console.log(`web: listening on :${port}${dev ? " (development)" : ""}`));

const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
