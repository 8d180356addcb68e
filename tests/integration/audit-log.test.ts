import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";

describe("audit log (S9)", () => {
  it("records who, what, when, where and the result", async () => {
    await recordAudit({
      action: "auth.signOut",
      result: "DENIED",
      client: { ip: "192.0.2.1", userAgent: "ua" },
      detail: { why: "x" },
    });
    const row = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.signOut" } });
    expect(row).toMatchObject({ result: "DENIED", ip: "192.0.2.1", userAgent: "ua" });
    expect(Math.abs(row.occurredAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("cannot be changed by the application", async () => {
    await recordAudit({ action: "demo.reset", result: "SUCCESS" });
    const row = await db.auditEvent.findFirstOrThrow({ where: { action: "demo.reset" } });
    await expect(db.auditEvent.update({ where: { id: row.id }, data: { result: "FAILURE" } })).rejects.toThrow();
    await expect(db.auditEvent.delete({ where: { id: row.id } })).rejects.toThrow();
    await expect(db.$executeRaw`TRUNCATE "AuditEvent"`).rejects.toThrow();
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).result).toBe("SUCCESS");
  });
});
