// R4 for forms: a form sent while PostgreSQL is stopped gets the catalog's Chinese "temporarily unavailable,
// not saved, try again" at once, with every field given back, and nothing is written; once the database is back
// the same submission (same idempotency key) makes exactly one item. Against a real PostgreSQL of this file's
// own (a stopped server cannot be shared with the other test files), stopped and started again.
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDatabase, findFreePort } from "../../scripts/lib/embedded-db.ts";
import { applyGrants } from "../../scripts/lib/db-roles.ts";
import { migrationsDir } from "../../scripts/lib/paths.ts";
import { applyMigrations } from "../../scripts/lib/schema-engine.ts";
import zhCN from "@/lib/i18n/messages/zh-CN/core.json";

let root: string;
let open: () => ReturnType<typeof ensureDatabase>;
let stop: () => Promise<void>;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), "liaison-outage-"));
  await fs.chmod(root, 0o755); // as root, PostgreSQL runs as `postgres`, which must reach its data dir
  const port = await findFreePort();
  const credentials = { superuser: randomUUID(), owner: randomUUID(), app: randomUUID() };
  open = () => ensureDatabase({ dataDir: path.join(root, "pg"), port, database: "liaison", credentials });
  const database = await open();
  stop = database.stop;
  await applyMigrations(database.ownerUrl, migrationsDir);
  await applyGrants({ app: database.url, owner: database.ownerUrl });
  // lib/db.ts reads DATABASE_URL when first imported: it is imported below, after this.
  process.env.DATABASE_URL = database.url;
}, 120_000);

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await stop?.();
  await fs.rm(root, { recursive: true, force: true });
});

describe("a form sent during a database outage", () => {
  it("says so in Chinese at once, gives back what was typed, writes nothing, and works once the database is back", async () => {
    const { db } = await import("@/lib/db");
    const { runFormAction } = await import("@/lib/forms/run-action");
    const { submitSuggestion } = await import("@/lib/suggestions/submit-suggestion");
    const { createPlace } = await import("../factories/places");
    const { createStaffUser } = await import("../factories/users");
    const { actorOf } = await import("../factories/loop");
    const { category, station } = await createPlace();
    const resident = actorOf(await createStaffUser("RESIDENT"));
    const values = {
      title: "停电期间提交的建议",
      content: "数据库停止时填写的内容，必须原样退回，不能丢失。",
      categoryId: String(category.id),
      stationId: String(station.id),
      confidential: "",
      via: "web",
      idempotencyKey: randomUUID(),
    };
    const send = () =>
      runFormAction(values, async () => {
        await submitSuggestion(resident, values, [], { ip: null, userAgent: null });
        return { ok: true };
      });
    // Warm the pool: its connections are then cut by the shutdown, as in a real outage.
    expect(await db.suggestion.count()).toBe(0);

    await stop();
    const t0 = Date.now();
    const during = await send();
    expect(Date.now() - t0).toBeLessThan(6_000);
    expect(during).toEqual({ formError: "unavailable", values });
    expect(zhCN.errors.unavailable).toBe("服务暂时不可用，您填写的内容尚未保存，请稍后重试。");
    // A second try while it is still down: the same answer (no driver text, no "generic" error).
    expect(await send()).toEqual({ formError: "unavailable", values });

    stop = (await open()).stop;
    expect(await db.suggestion.count()).toBe(0); // nothing was half-written
    expect(await send()).toEqual({ ok: true });
    expect(await send()).toEqual({ ok: true }); // the same submission again (R2): still one item
    const items = await db.suggestion.findMany({ include: { events: true } });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ title: values.title, content: values.content, proposerId: resident.id });
    expect(items[0].events).toHaveLength(1);
  }, 90_000);
});
