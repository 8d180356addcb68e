// The auditor's view (issue 12): search by actor, action, target, result and time, keyset-paged; the export is
// itself audited; 三权分立 (the system admin cannot read the log, the auditor manages nothing); retention never
// removes rows younger than 180 days, or than the configured retention.
import ExcelJS from "exceljs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { recordAudit } from "@/lib/audit/record-audit";
import { exportAuditLog } from "@/lib/audit/export-audit-log";
import { parseAuditFilters, searchAuditEvents } from "@/lib/audit/search";
import { AUDIT_RETENTION_KEY, purgeExpiredAuditEvents } from "@/lib/audit/retention";
import { PERMISSIONS, can } from "@/lib/auth/permissions";
import { updateSupervisionSettings } from "@/lib/supervision/settings";
import { updateDutyRule } from "@/lib/reception/duty-rules";
import { actorOf } from "../factories/loop";
import { createStaffUser } from "../factories/users";

const DAY = 86_400_000;
const client = { ip: "198.51.100.7", userAgent: "auditor-browser" };

async function auditor() {
  return actorOf(await createStaffUser("AUDITOR"));
}

async function read(stream: NodeJS.ReadableStream): Promise<ExcelJS.Workbook> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return wb;
}

const exportText = {
  sheets: { items: "清单", about: "说明" },
  columns: ["id", "action", "result"],
  row: (e: { id: bigint; action: string; result: string }) => [String(e.id), e.action, e.result],
  about: [["内容", "审计日志"]] as [string, string][],
  truncated: "truncated",
};

describe("audit action names", () => {
  it("recordAudit takes every name on the list, with every result", async () => {
    for (const action of AUDIT_ACTIONS) await recordAudit({ action, result: "SUCCESS" });
    for (const result of ["DENIED", "FAILURE"] as const) await recordAudit({ action: "permission.denied", result });
    const stored = await db.auditEvent.groupBy({ by: ["action"], _count: true });
    expect(stored.map((s) => s.action).sort()).toEqual([...AUDIT_ACTIONS].sort());
  });
});

describe("the auditor's search", () => {
  it("filters by actor name or username, action, target, result and time range", async () => {
    const me = await auditor();
    const alice = await db.user.create({
      data: { role: "COMMITTEE_STAFF", name: "张审计对象", username: `alice${Date.now()}`, passwordHash: "x" },
    });
    const bob = actorOf(await createStaffUser("UNIT_STAFF"));
    const a = { id: alice.id, role: alice.role };
    const t0 = Date.UTC(2026, 2, 10, 4); // 2026-03-10 12:00 Shanghai
    await db.auditEvent.createMany({
      data: [
        {
          actorId: a.id,
          actorRole: a.role,
          action: "suggestion.accept",
          result: "SUCCESS",
          targetType: "Suggestion",
          targetId: "7",
          occurredAt: new Date(t0),
        },
        {
          actorId: a.id,
          actorRole: a.role,
          action: "permission.denied",
          result: "DENIED",
          targetType: "Suggestion",
          targetId: "8",
          occurredAt: new Date(t0 + DAY),
        },
        {
          actorId: bob.id,
          actorRole: bob.role,
          action: "suggestion.reply",
          result: "SUCCESS",
          targetType: "Suggestion",
          targetId: "7",
          occurredAt: new Date(t0 + 2 * DAY),
        },
        {
          actorId: bob.id,
          actorRole: bob.role,
          action: "auth.password",
          result: "FAILURE",
          occurredAt: new Date(t0 + 3 * DAY),
        },
      ],
    });
    const ids = async (raw: Record<string, string>) => {
      const { values, errors } = parseAuditFilters(raw);
      expect(errors).toEqual({});
      const { rows } = await searchAuditEvents(me, values, { client });
      return rows.filter((r) => r.actorId === a.id || r.actorId === bob.id).map((r) => `${r.action}/${r.targetId}`);
    };
    expect(await ids({ actor: "张审计" })).toEqual(["permission.denied/8", "suggestion.accept/7"]);
    expect(await ids({ actor: alice.username! })).toEqual(["permission.denied/8", "suggestion.accept/7"]);
    expect(await ids({ action: "suggestion.reply" })).toEqual(["suggestion.reply/7"]);
    expect(await ids({ targetType: "Suggestion", targetId: "7" })).toEqual([
      "suggestion.reply/7",
      "suggestion.accept/7",
    ]);
    expect(await ids({ result: "DENIED", actor: "张审计" })).toEqual(["permission.denied/8"]);
    expect(await ids({ from: "2026-03-11", to: "2026-03-12" })).toEqual(["suggestion.reply/7", "permission.denied/8"]);
    expect(await ids({ to: "2026-03-10" })).toEqual(["suggestion.accept/7"]);

    const page = await searchAuditEvents(me, parseAuditFilters({ actor: "张审计" }).values);
    expect(page.rows[0]).toMatchObject({ actorName: "张审计对象", actorUsername: alice.username });
  });

  it("refuses bad filters one by one, with a message key, and keeps the rest", () => {
    const parsed = parseAuditFilters({
      action: "suggestion.acept",
      from: "2026-02-31",
      to: "2026-03-01",
      targetType: "Sug gestion",
      result: "MAYBE",
      actor: "张",
    });
    expect(parsed.errors).toEqual({
      action: "auditAction",
      from: "auditDate",
      targetType: "auditTargetType",
      result: "auditResult",
    });
    expect(parsed.values).toEqual({ actor: "张", to: "2026-03-01" });
    expect(parseAuditFilters({ from: "2026-03-02", to: "2026-03-01" }).errors).toEqual({ to: "auditRange" });
  });

  it("pages by keyset: newest first, no row twice, none missed, stable while rows are added", async () => {
    const me = await auditor();
    const u = actorOf(await createStaffUser("DEPUTY"));
    for (let i = 0; i < 120; i++) await recordAudit({ actor: u, action: "session.logVisit", result: "SUCCESS" });
    const filters = parseAuditFilters({
      actor: (await db.user.findUniqueOrThrow({ where: { id: u.id } })).username!,
    }).values;
    const seen: bigint[] = [];
    let after: bigint | undefined;
    const sizes: number[] = [];
    for (;;) {
      const page = await searchAuditEvents(me, filters, { after });
      sizes.push(page.rows.length);
      seen.push(...page.rows.map((r) => r.id));
      // A row written meanwhile is newer than every page: it never shifts the pages still to come.
      await recordAudit({ actor: u, action: "session.logVisit", result: "SUCCESS" });
      if (page.nextAfter == null) break;
      after = page.nextAfter;
    }
    expect(sizes).toEqual([50, 50, 20]);
    expect(new Set(seen).size).toBe(120);
    expect([...seen].sort((x, y) => (x < y ? 1 : -1))).toEqual(seen);
  });
});

describe("the export", () => {
  it("holds the filtered rows and is itself audited with the filter and address", async () => {
    const me = await auditor();
    const u = actorOf(await createStaffUser("LEADER"));
    for (let i = 0; i < 3; i++) await recordAudit({ actor: u, action: "insight.export", result: "SUCCESS" });
    const { values } = parseAuditFilters({
      actor: (await db.user.findUniqueOrThrow({ where: { id: u.id } })).username!,
    });
    const wb = await read(await exportAuditLog(me, values, client, exportText));
    const sheet = wb.getWorksheet("清单")!;
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(2).getCell(2).value).toBe("insight.export");
    const [row] = await db.auditEvent.findMany({ where: { actorId: me.id, action: "audit.export" } });
    expect(row).toMatchObject({ result: "SUCCESS", ip: client.ip, targetType: "AuditLog" });
    expect(row.detail).toMatchObject({ filters: { actor: values.actor } });
  });
});

describe("三权分立", () => {
  it("the permission table: only auditors read the log, and auditors may do nothing else", () => {
    for (const [action, roles] of Object.entries(PERMISSIONS)) {
      const r = roles as Record<string, string>;
      if (action === "audit.read" || action === "area.audit") expect(Object.keys(r)).toEqual(["AUDITOR"]);
      else expect(r.AUDITOR, action).toBeUndefined();
    }
  });

  it("the system admin cannot search or export the audit log, and each try is audited", async () => {
    const admin = actorOf(await createStaffUser("SYSTEM_ADMIN"));
    expect(can(admin, "audit.read")).toBe(false);
    await expect(searchAuditEvents(admin, {}, { client })).rejects.toMatchObject({ code: "forbidden" });
    await expect(exportAuditLog(admin, {}, client, exportText)).rejects.toMatchObject({ code: "notFound" });
    const rows = await db.auditEvent.findMany({ where: { actorId: admin.id }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.action, r.result])).toEqual([
      ["permission.denied", "DENIED"],
      ["audit.export", "DENIED"],
    ]);
    expect(rows.every((r) => r.ip === client.ip && r.targetType === "AuditLog")).toBe(true);
  });

  it("the auditor cannot do an administrator's or manager's action", async () => {
    const me = await auditor();
    for (const action of ["user.manage", "calendar.manage", "supervision.settings", "dutyPoints.configure"] as const)
      expect(can(me, action)).toBe(false);
    await expect(
      updateSupervisionSettings(me, { yellowLightWorkingDays: 3, escalateAfterWorkingDays: 5 }, client),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(updateDutyRule(me, {}, client)).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.auditEvent.count({ where: { actorId: me.id, result: "DENIED" } })).toBe(2);
  });
});

describe("retention", () => {
  async function backdated(days: number) {
    const row = await db.auditEvent.create({
      data: { action: "demo.reset", result: "SUCCESS", occurredAt: new Date(Date.now() - days * DAY) },
    });
    return row.id;
  }
  const exists = async (id: bigint) => (await db.auditEvent.count({ where: { id } })) === 1;

  it("deletes only rows older than the retention (180 days at least), never younger ones", async () => {
    const old = await backdated(200);
    const young = await backdated(179);
    const recent = await backdated(1);
    expect(await purgeExpiredAuditEvents()).toMatchObject({ retentionDays: 180 });
    expect([await exists(old), await exists(young), await exists(recent)]).toEqual([false, true, true]);

    // A longer retention keeps rows the minimum would drop.
    const kept = await backdated(200);
    await db.setting.upsert({
      where: { key: AUDIT_RETENTION_KEY },
      create: { key: AUDIT_RETENTION_KEY, value: 365 },
      update: { value: 365 },
    });
    expect(await purgeExpiredAuditEvents()).toEqual({ retentionDays: 365, deleted: 0 });
    expect(await exists(kept)).toBe(true);

    // A setting under the minimum counts as the minimum.
    await db.setting.update({ where: { key: AUDIT_RETENTION_KEY }, data: { value: 30 } });
    const result = await purgeExpiredAuditEvents();
    expect(result.retentionDays).toBe(180);
    expect([await exists(kept), await exists(young)]).toEqual([false, true]);
  });

  it("the purge function itself refuses a retention under 180 days, whoever calls it", async () => {
    await backdated(100);
    const app = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await app.connect();
    try {
      await expect(app.query("SELECT audit_event_purge_expired(30)")).rejects.toThrow(/at least 180 days/);
      await expect(app.query("SELECT audit_event_purge_expired(NULL)")).rejects.toThrow(/at least 180 days/);
    } finally {
      await app.end();
    }
    expect(
      await db.auditEvent.count({ where: { occurredAt: { lt: new Date(Date.now() - 99 * DAY) } } }),
    ).toBeGreaterThan(0);
  });
});
