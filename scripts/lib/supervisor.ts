// The one-command start supervises what it runs (decision 0059): the embedded database, the web server and the
// job worker each run under `supervise`, which starts it, waits for it to exit, and — unless we are stopping —
// logs the exit and starts it again after a back-off (1 s, doubling to 30 s; back to 1 s once a run has lasted
// a minute). A start that fails (the database's port still held, a crash at boot) counts as a short run.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

export type Running = {
  /** Settles when the thing exits, for whatever reason. */
  exited: Promise<unknown>;
  stop: () => Promise<void>;
};

export type Supervised<T extends Running> = {
  /** The first start (rejects if it fails: a misconfiguration should stop the command, not loop). */
  first: Promise<T>;
  /** The current run, if any. */
  current: () => T | undefined;
  /** No more restarts, but the current run goes on (a shutdown stopping what depends on it first). */
  stopRestarting: () => void;
  stop: () => Promise<void>;
};

export type SuperviseOptions = {
  minDelayMs?: number;
  maxDelayMs?: number;
  /** A run that lasted this long was healthy: the next restart waits minDelayMs again. */
  healthyAfterMs?: number;
  log?: (line: string) => void;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function supervise<T extends Running>(
  name: string,
  start: () => Promise<T>,
  opts: SuperviseOptions = {},
): Supervised<T> {
  const { minDelayMs = 1_000, maxDelayMs = 30_000, healthyAfterMs = 60_000 } = opts;
  const log = opts.log ?? ((line: string) => console.log(`start: ${line}`));
  let stopping = false;
  let current: T | undefined;
  let delay = minDelayMs;
  let wake: (() => void) | undefined;
  let resolveFirst!: (t: T) => void;
  let rejectFirst!: (e: unknown) => void;
  const first = new Promise<T>((res, rej) => {
    resolveFirst = res;
    rejectFirst = rej;
  });
  first.catch(() => {}); // the caller awaits it; a later stop() must not raise an unhandled rejection

  const loop = async () => {
    for (let attempt = 0; !stopping; attempt++) {
      let startedAt = Date.now();
      try {
        current = await start();
        startedAt = Date.now();
        if (attempt === 0) resolveFirst(current);
        else log(`${name} restarted`);
        if (stopping) {
          await current.stop();
          return;
        }
        await current.exited;
        current = undefined;
        if (stopping) return;
        log(`${name} exited unexpectedly`);
      } catch (e) {
        current = undefined;
        if (attempt === 0) {
          stopping = true;
          return rejectFirst(e);
        }
        if (stopping) return;
        log(`${name} did not start: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
      }
      if (Date.now() - startedAt >= healthyAfterMs) delay = minDelayMs;
      log(`restarting ${name} in ${(delay / 1000).toFixed(delay < 1000 ? 1 : 0)} s`);
      // Interruptible: stop() during the back-off ends the loop at once.
      await Promise.race([sleep(delay), new Promise<void>((r) => (wake = r))]);
      delay = Math.min(delay * 2, maxDelayMs);
    }
  };
  void loop();

  return {
    first,
    current: () => current,
    stopRestarting: () => {
      stopping = true;
      wake?.();
    },
    stop: async () => {
      stopping = true;
      wake?.();
      const running = current;
      current = undefined;
      await running?.stop();
    },
  };
}

/** A child process as a Running: stop() sends SIGTERM, then SIGKILL after graceMs. */
export function runChild(
  command: string,
  args: string[],
  options: SpawnOptions,
  graceMs = 10_000,
): Running & { process: ChildProcess } {
  const child = spawn(command, args, options);
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.once("error", () => resolve()); // could not be spawned at all
  });
  return {
    process: child,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const force = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(force);
    },
  };
}
