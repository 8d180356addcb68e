// R7: a calendar edit made in one process reaches another process's cache within a second or two, through
// PostgreSQL's NOTIFY (decision 0052). The other process is real: a child running the same modules.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import readline from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { saveCalendarDay } from "@/lib/calendar/manage-calendar";
import { createInvalidationListener } from "@/lib/cache/shared-invalidation";
import { actorOf } from "../factories/loop";
import { createStaffUser } from "../factories/users";

const root = path.resolve(import.meta.dirname, "../..");
const client = { ip: "127.0.0.7", userAgent: "vitest" };
let child: ChildProcessWithoutNullStreams | undefined;

afterAll(() => {
  child?.kill();
});

function startOtherProcess() {
  child = spawn(path.join(root, "node_modules/.bin/tsx"), ["tests/support/calendar-cache-child.ts"], {
    cwd: root,
    env: process.env,
  });
  const answers = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => (await answers.next()).value as string;
  return {
    ready: next,
    ask: async (date: string): Promise<boolean> => {
      child!.stdin.write(`${date}\n`);
      return (JSON.parse(await next()) as { working: boolean }).working;
    },
  };
}

describe("caches that agree across processes", () => {
  it("a make-up working day saved here is seen by the other process's cached calendar within two seconds", async () => {
    const { db } = await import("@/lib/db");
    await db.calendarYear.create({ data: { year: 2026, source: "test" } }); // exceptions count in a maintained year
    const other = startOtherProcess();
    expect(await other.ready()).toBe("ready");
    const saturday = "2026-12-12";
    expect(await other.ask(saturday)).toBe(false); // now cached there for a minute

    const staff = actorOf(await createStaffUser("COMMITTEE_STAFF"));
    await saveCalendarDay(staff, { date: saturday, kind: "WORKDAY", name: "调休上班" }, client);

    const started = Date.now();
    let working = false;
    while (!working && Date.now() - started < 2_000) {
      working = await other.ask(saturday);
      if (!working) await new Promise((r) => setTimeout(r, 100));
    }
    expect(working).toBe(true);
    child?.kill();
  }, 30_000);

  it("a listener that loses its connection reconnects and reports it, so its process can clear everything", async () => {
    const topics: string[] = [];
    let reconnects = 0;
    const listener = createInvalidationListener(
      process.env.DATABASE_URL!,
      (t) => topics.push(t),
      () => reconnects++,
    );
    try {
      const { db } = await import("@/lib/db");
      const waitFor = async (check: () => boolean) => {
        for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
      };
      // Notices sent before its LISTEN are lost by design, so keep sending until one arrives (or time runs out).
      const notifyUntilHeard = async (topic: string) => {
        for (let i = 0; i < 50 && !topics.includes(topic); i++) {
          await db.$executeRaw`SELECT pg_notify('liaison_cache', ${topic})`;
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      await notifyUntilHeard("reference");
      expect(topics).toContain("reference");

      // Cut its connection from the server side, as a database restart would.
      await db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE query = 'LISTEN liaison_cache' AND datname = current_database() AND pid <> pg_backend_pid()`;
      await waitFor(() => reconnects > 0);
      expect(reconnects).toBe(1);
      await notifyUntilHeard("calendar");
      expect(topics).toContain("calendar");
    } finally {
      await listener.stop();
    }
  }, 30_000);
});
