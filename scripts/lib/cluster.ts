// A real cluster on one machine (R7): N web instances from ONE build, one job worker, and nginx in front,
// round-robin, as docs/deploy.md describes for production. Used by `npm run cluster` and the cluster browser
// test (scripts/cluster-e2e.ts). The caller has set DATABASE_URL and the secrets, and built the portal once.
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, writeFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "./embedded-db.ts";
import { projectRoot } from "./paths.ts";
import { runChild, supervise, type Supervised } from "./supervisor.ts";

export type WebInstance = {
  name: string;
  port: number;
  logFile: string;
  /** The instance's current process id, rewritten on each restart. */
  pidFile: string;
  pid: () => number;
};
export type Cluster = {
  url: string;
  instances: WebInstance[];
  logDir: string;
  /** Stops one web instance at once (SIGKILL), as a crash would; it is started again, as `npm start` does. */
  kill: (name: string) => void;
  stop: () => Promise<void>;
};

const NGINX_PATHS = ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx", "/usr/local/bin/nginx"];

export function findNginx(): string | null {
  if (process.env.NGINX_PATH) return existsSync(process.env.NGINX_PATH) ? process.env.NGINX_PATH : null;
  return NGINX_PATHS.find((p) => existsSync(p)) ?? null;
}

export const NO_NGINX_HELP =
  "The cluster test needs nginx as its load balancer: sudo apt-get install nginx (or set NGINX_PATH).";

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`not healthy after ${timeoutMs / 1000}s: ${url}`);
}

function nginxConfig(listen: number, upstreams: number[], dir: string): string {
  // Round-robin. A refused connection moves the request to the next instance (nginx does this even for POSTs,
  // since nothing was sent). No instance is ever marked down (max_fails=0): with marking, the requests cut off when
  // an instance died could mark both instances down at once ("no live upstreams") and the next post got a 502,
  // while trying a dead instance first costs only a refused connect.
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 256; }
http {
  # Which instance served each request (several, comma-separated, when nginx moved it on to the next).
  log_format portal '$remote_addr "$request" $status upstream=$upstream_addr upstream_status=$upstream_status';
  access_log ${dir}/nginx-access.log portal;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 20m;
  upstream portal {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=0;`).join("\n")}
  }
  server {
    listen 127.0.0.1:${listen};
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }
  }
}
`;
}

export async function startCluster(opts: {
  webInstances?: number;
  env: NodeJS.ProcessEnv;
  /** The balancer's port; a free one when not given. */
  port?: number;
}): Promise<Cluster> {
  const nginx = findNginx();
  if (!nginx) throw new Error(NO_NGINX_HELP);
  const logDir = await fs.mkdtemp(path.join(os.tmpdir(), "liaison-cluster-"));
  const port = opts.port ?? (await findFreePort());
  const url = `http://localhost:${port}`;
  const names = Array.from({ length: opts.webInstances ?? 2 }, (_, i) => `web-${String.fromCharCode(97 + i)}`);

  // Each instance is supervised like `npm start`'s web server (decision 0059): killed, it is started again after
  // a back-off, on the same port, appending to the same log.
  const instances: WebInstance[] = [];
  const supervisors: Supervised<ReturnType<typeof runChild>>[] = [];
  for (const name of names) {
    const webPort = await findFreePort();
    const logFile = path.join(logDir, `${name}.log`);
    const pidFile = path.join(logDir, `${name}.pid`);
    const log = createWriteStream(logFile, { flags: "a" });
    let pid = 0;
    const supervised = supervise(
      name,
      async () => {
        const child = runChild(
          process.execPath,
          // The portal's own server (scripts/serve.mjs), as in production: it tells Next each request's peer address.
          [path.join(projectRoot, "scripts/serve.mjs"), "-p", String(webPort)],
          {
            cwd: projectRoot,
            stdio: ["ignore", "pipe", "pipe"],
            // nginx on this machine is the one proxy whose X-Forwarded-For the instances believe.
            env: {
              ...opts.env,
              NODE_ENV: "production",
              INSTANCE_ID: name,
              NEXTAUTH_URL: url,
              PUBLIC_URL: url,
              TRUSTED_PROXIES: "127.0.0.1",
            },
          },
        );
        child.process.stdout?.pipe(log, { end: false });
        child.process.stderr?.pipe(log, { end: false });
        pid = child.process.pid ?? 0;
        writeFileSync(pidFile, String(pid));
        return child;
      },
      { log: (line) => log.write(`cluster: ${line}\n`) },
    );
    await supervised.first;
    supervisors.push(supervised);
    instances.push({ name, port: webPort, logFile, pidFile, pid: () => pid });
  }

  const confDir = path.join(logDir, "nginx");
  await fs.mkdir(confDir);
  const conf = path.join(confDir, "nginx.conf");
  await fs.writeFile(
    conf,
    nginxConfig(
      port,
      instances.map((i) => i.port),
      confDir,
    ),
  );
  const check = spawnSync(nginx, ["-t", "-c", conf, "-p", confDir], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx refused its configuration: ${check.stderr}`);
  const balancer = spawn(nginx, ["-c", conf, "-p", confDir, "-g", "daemon off;"], { stdio: "ignore" });

  const stop = async () => {
    balancer.kill("SIGQUIT");
    await Promise.all([
      ...supervisors.map((s) => s.stop()),
      new Promise((resolve) => {
        if (balancer.exitCode !== null || balancer.signalCode !== null) return resolve(null);
        const force = setTimeout(() => balancer.kill("SIGKILL"), 10_000);
        balancer.once("exit", () => resolve(clearTimeout(force)));
      }),
    ]);
  };
  try {
    for (const i of instances) await waitForHealth(`http://localhost:${i.port}/api/health`, 90_000);
    await waitForHealth(`${url}/api/health`, 15_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    url,
    instances,
    logDir,
    kill: (name) => {
      const pid = instances.find((i) => i.name === name)?.pid();
      if (pid) process.kill(pid, "SIGKILL");
    },
    stop,
  };
}
